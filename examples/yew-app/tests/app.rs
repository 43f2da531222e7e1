//! The example app in headless Chromium: both explorers render, each works
//! on its own, and the document holds no id twice.
//! Run with `cargo test --target wasm32-unknown-unknown -p role-explorer-example`.
#![cfg(target_arch = "wasm32")]

use std::collections::HashSet;
use std::time::Duration;

use role_explorer_example::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn titles(widget: &Element) -> Vec<String> {
    all(widget, ".rx-card .rx-title")
        .iter()
        .map(|title| title.text_content().unwrap())
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap()
}

/// What the app says one explorer's callbacks last reported.
fn reported(root: &Element, explorer: &str) -> String {
    text(root, &format!(".app-log[data-for={explorer}]"))
}

/// Renders and events go out in tasks of their own: give them a few.
async fn settle() {
    for _ in 0..3 {
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn type_query(widget: &Element, query: &str) {
    let input: HtmlInputElement = one(widget, "input[type=search]").unchecked_into();
    input.set_value(query);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn two_explorers_render_and_work_independently() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;

    let widgets = all(&root, ".rx");
    assert_eq!(widgets.len(), 2);
    let (built_in, clinic) = (&widgets[0], &widgets[1]);
    // Each with its own options: a skill chosen at the start; Spanish, dark, a list.
    assert_eq!(
        titles(built_in),
        ["Healthcare Project Manager", "Healthcare Systems Analyst"]
    );
    assert_eq!(titles(clinic), ["Nurse", "Clinical Coder", "Receptionist"]);
    assert_eq!(text(clinic, "h2"), "Puestos de la clínica");
    assert_eq!(text(clinic, ".rx-count"), "3 de 3 puestos");
    assert_eq!(clinic.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(all(clinic, ".rx-cards[data-list]").len(), 1);
    // The typed callbacks reported each widget's start.
    assert_eq!(reported(&root, "built-in"), "Reported: ready, 2 of 4 roles");
    assert_eq!(reported(&root, "clinic"), "Reported: ready, 3 of 3 roles");

    // Typing into one leaves the other as it was.
    type_query(clinic, "codes").await;
    assert_eq!(titles(clinic), ["Clinical Coder"]);
    assert_eq!(
        titles(built_in),
        ["Healthcare Project Manager", "Healthcare Systems Analyst"]
    );
    let built_in_search: HtmlInputElement = one(built_in, "input[type=search]").unchecked_into();
    assert_eq!(built_in_search.value(), "");
    assert_eq!(
        reported(&root, "clinic"),
        "Reported: filter-change \"codes\", 1 of 3 roles: coder"
    );
    assert_eq!(reported(&root, "built-in"), "Reported: ready, 2 of 4 roles");
    // Opening a role in the other reports it there only.
    let disclosure: HtmlElement = one(built_in, ".rx-disclosure").unchecked_into();
    disclosure.click();
    settle().await;
    assert_eq!(
        reported(&root, "built-in"),
        "Reported: select, opened Healthcare Project Manager"
    );
    assert!(all(clinic, ".rx-details").is_empty());

    // No id twice in the document, and each label and control points into
    // its own widget.
    let ids: Vec<String> = all(&document.document_element().unwrap(), "[id]")
        .iter()
        .map(Element::id)
        .collect();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids in {ids:?}");
    for widget in [built_in, clinic] {
        let label = one(widget, ".rx-search label")
            .get_attribute("for")
            .unwrap();
        assert_eq!(one(widget, "input[type=search]").id(), label);
    }
    let details = disclosure.get_attribute("aria-controls").unwrap();
    assert_eq!(one(&root, ".rx-details").id(), details);

    // Drawn without a shadow root, they are styled by the sheet adopted
    // into the document: the widget's padding and its dark background.
    let style = |element: &Element| {
        web_sys::window()
            .unwrap()
            .get_computed_style(element)
            .unwrap()
            .unwrap()
    };
    assert_eq!(
        style(built_in).get_property_value("padding-top").unwrap(),
        "16px"
    );
    assert_eq!(
        style(clinic)
            .get_property_value("background-color")
            .unwrap(),
        "rgb(20, 24, 28)"
    );
    app.destroy();
    root.remove();
}
