// What a widget shows after an internal error stopped it, and in a browser too old for it: in
// the language the widget speaks, chosen by the widget's own rule.
import { RTL } from "./contract.js";
import { element } from "./dom.js";
import { widgetLang } from "./settings.js";

// The few words the loader itself shows, one entry per language of the contract (a test checks).
const STOPPED = {
  en: ["Role Explorer stopped because of an internal error. Other widgets on this page still work.", "Restart"],
  es: ["Role Explorer se detuvo por un error interno. Los demás widgets de esta página siguen funcionando.", "Reiniciar"],
  ar: ["توقفت أداة Role Explorer بسبب خطأ داخلي. الأدوات الأخرى في هذه الصفحة ما زالت تعمل.", "إعادة التشغيل"],
};
const UNSUPPORTED = {
  en: "This browser is too old to show Role Explorer.",
  es: "Este navegador es demasiado antiguo para mostrar Role Explorer.",
  ar: "هذا المتصفح أقدم من أن يعرض Role Explorer.",
};

// In a browser too old for the widget: one line saying so, as the element's own content.
export function unsupportedNotice(host) {
  const lang = widgetLang(host);
  return element("p", { class: "rx-unsupported", lang, dir: RTL.includes(lang) ? "rtl" : "ltr" }, UNSUPPORTED[lang]);
}

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
