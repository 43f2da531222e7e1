// What a widget shows after an internal error stopped it: in the language the widget spoke,
// chosen by the widget's own rule, with a way to start it afresh.
import { RTL } from "./contract.js";
import { element } from "./dom.js";
import { widgetLang } from "./settings.js";

// The few words the loader itself shows, one entry per language of the contract (a test checks).
const STOPPED = {
  en: ["Role Explorer stopped because of an internal error. Other widgets on this page still work.", "Restart"],
  es: ["Role Explorer se detuvo por un error interno. Los demás widgets de esta página siguen funcionando.", "Reiniciar"],
  ar: ["توقفت أداة Role Explorer بسبب خطأ داخلي. الأدوات الأخرى في هذه الصفحة ما زالت تعمل.", "إعادة التشغيل"],
};

// The stop screen for `host`, as the children of its shadow root; `restart` starts it again.
export function stopScreen(host, restart) {
  const lang = widgetLang(host);
  const [message, label] = STOPPED[lang];
  const button = element("button", { class: "rx-retry", type: "button", part: "retry" }, label);
  button.addEventListener("click", restart);
  const fault = element("div", { class: "rx-fault", role: "alert", part: "fault" },
    element("p", { class: "rx-fault-title" }, message), button);
  const dir = RTL.includes(lang) ? "rtl" : "ltr";
  return element("div", { class: "rx-mount" }, element("div", { class: "rx", part: "root", lang, dir }, fault));
}
