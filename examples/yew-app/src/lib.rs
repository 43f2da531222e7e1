//! An example Yew app: two [`RoleExplorer`]s side by side with different
//! options, each with a line that says what its callbacks last reported.
//! The components are drawn in the page itself, without a shadow root:
//! they adopt their stylesheet into the document.

use role_explorer_yew::{
    FilterChange, Heading, Lang, Layout, Ready, Rgb, RoleData, RoleExplorer, Select, Theme,
};
use yew::prelude::*;

/// The right-hand explorer's roles: the app's own, in the widget's format.
const CLINIC_ROLES: &str = r#"{
  "title": "Clinic jobs",
  "roles": [
    {"id": "nurse", "title": "Nurse", "summary": "Cares for patients on the ward.",
     "skills": [{"name": "Triage", "category": "Care"}, {"name": "Scheduling", "category": "Office"}]},
    {"id": "coder", "title": "Clinical Coder", "summary": "Turns records into ICD-10 codes.",
     "skills": [{"name": "ICD-10", "category": "Office"}, {"name": "Triage", "category": "Care"}]},
    {"id": "receptionist", "title": "Receptionist", "summary": "Welcomes patients and books visits.",
     "skills": [{"name": "Scheduling", "category": "Office"}]}
  ]
}"#;

#[function_component]
pub fn App() -> Html {
    let clinic = use_memo((), |_| {
        RoleData::from_json(CLINIC_ROLES).expect("the example's roles are valid")
    });
    let built_in_log = use_state(|| String::from("nothing yet"));
    let clinic_log = use_state(|| String::from("nothing yet"));
    html! {
        <main class="app">
            <h1>{ "Role Explorer in a Rust Yew app" }</h1>
            <section>
                <p class="app-log" data-for="built-in">{ format!("Reported: {}", *built_in_log) }</p>
                // The built-in roles, with the defaults, and a skill chosen at the start.
                <RoleExplorer skills={vec!["Design and development".to_owned()]}
                    on_ready={logged(&built_in_log, describe_ready)}
                    on_filter_change={logged(&built_in_log, describe_change)}
                    on_select={logged(&built_in_log, describe_select)} />
            </section>
            <section>
                <p class="app-log" data-for="clinic">{ format!("Reported: {}", *clinic_log) }</p>
                // The app's own roles, in Spanish, dark, one a row, with its own accent.
                <RoleExplorer data={(*clinic).clone()} lang={Lang::Es} theme={Theme::Dark}
                    layout={Layout::List} accent={Rgb::from_hex("#663399")}
                    heading={Heading::Text("Puestos de la clínica".to_owned())}
                    on_ready={logged(&clinic_log, describe_ready)}
                    on_filter_change={logged(&clinic_log, describe_change)}
                    on_select={logged(&clinic_log, describe_select)} />
            </section>
        </main>
    }
}

/// A callback that writes what `describe` says of each report into `log`.
fn logged<T: 'static>(log: &UseStateHandle<String>, describe: fn(T) -> String) -> Callback<T> {
    let log = log.clone();
    Callback::from(move |report| log.set(describe(report)))
}

fn describe_ready(ready: Ready) -> String {
    format!("ready, {} of {} roles", ready.shown, ready.total)
}

fn describe_change(change: FilterChange) -> String {
    format!(
        "filter-change \"{}\", {} of {} roles: {}",
        change.query,
        change.ids.len(),
        change.total,
        change.ids.join(", ")
    )
}

fn describe_select(select: Select) -> String {
    let verb = if select.open { "opened" } else { "closed" };
    format!("select, {verb} {}", select.title)
}
