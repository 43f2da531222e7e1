//! Component tests in Chromium, Firefox and WebKit: mount a widget into a
//! real shadow root, type and click, and read the DOM back. One test a
//! behaviour, in one file (and long) because it is a module of src/'s one
//! wasm test build: every file more would be another wasm to build.
//! Run with `cargo test --target wasm32-unknown-unknown` (see the Makefile).

use std::time::Duration;

use crate::Widget;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, InputEvent, InputEventInit, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

/// What the loader gives a widget, reduced to attributes, events and a
/// shared state of its own (as the loader reads it from the address's hash,
/// `[query, open, ...skills]`); its fetch never answers (these tests use
/// inline or built-in data).
fn test_page(host: &HtmlElement) -> wasm_bindgen::JsValue {
    let make = js_sys::Function::new_with_args(
        "host",
        "return {
            fetchRoles: () => new Promise(() => {}),
            later: (task) => setTimeout(task, 0),
            setting: (name) => host.getAttribute(name),
            pageLang: () => host.parentElement?.closest('[lang]')?.lang ?? '',
            hostTheme: () => host.dataset.hostTheme ?? '',
            rolesJson: () => host.roles == null ? null : new TextEncoder().encode(JSON.stringify(host.roles)),
            emit: (type, detail) => host.dispatchEvent(new CustomEvent('role-explorer:' + type, { detail: JSON.parse(detail) })),
            shared: () => host.dataset.shared ? JSON.parse(host.dataset.shared) : null,
            share: (query, open, skills, push) => {
                host.dataset.shared = JSON.stringify([query, open, ...skills]);
                host.dataset.hashWrites = (host.dataset.hashWrites ?? '') + (push ? 'P' : 'R');
            },
        };",
    );
    make.call1(&wasm_bindgen::JsValue::NULL, host).unwrap()
}

/// A `<role-explorer>` host in the test page, with attributes, and its widget.
struct Mounted {
    host: HtmlElement,
    widget: Widget,
}

impl Mounted {
    async fn new(attributes: &[(&str, &str)]) -> Self {
        Self::with_content(attributes, "").await
    }

    /// A host whose light DOM holds `content` (inline data, fallback HTML).
    async fn with_content(attributes: &[(&str, &str)], content: &str) -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let host: HtmlElement = document
            .create_element("role-explorer")
            .unwrap()
            .unchecked_into();
        for (name, value) in attributes {
            host.set_attribute(name, value).unwrap();
        }
        host.set_inner_html(content);
        document.body().unwrap().append_child(&host).unwrap();
        let widget = Widget::new(host.clone(), test_page(&host)).unwrap();
        settle().await;
        Mounted { host, widget }
    }

    fn shadow(&self) -> ShadowRoot {
        self.host
            .shadow_root()
            .expect("the widget renders into an open shadow root")
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.shadow().query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().unchecked_into())
            .collect()
    }

    fn one(&self, selector: &str) -> Element {
        self.shadow()
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn titles(&self) -> Vec<String> {
        self.all(".rx-card .rx-title")
            .iter()
            .map(|e| e.text_content().unwrap())
            .collect()
    }

    fn count_text(&self) -> String {
        self.one(".rx-count").text_content().unwrap()
    }

    async fn type_query(&self, text: &str) {
        let input: HtmlInputElement = self.one("input[type=search]").unchecked_into();
        input.set_value(text);
        let init = InputEventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
        settle().await;
    }

    async fn click(&self, element: &Element) {
        element.unchecked_ref::<HtmlElement>().click();
        settle().await;
    }

    /// Opens the skill facets ("Filter by skill") and every category's
    /// "Show N more", as a reader looking for a chip does.
    async fn open_facets(&self) {
        for toggles in [".rx-toggle", ".rx-group-toggle"] {
            for toggle in self.all(&format!("{toggles}[aria-expanded=false]")) {
                self.click(&toggle).await;
            }
        }
    }

    fn chip(&self, name: &str) -> Element {
        self.all(".rx-chip")
            .into_iter()
            .find(|chip| chip.text_content().unwrap().starts_with(name))
            .unwrap_or_else(|| panic!("no chip named {name}"))
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.widget.unmount();
        self.host.remove();
    }
}

/// Lets Yew's scheduler run the pending renders and their effects. It
/// yields to the browser after 16 ms of work, so on a busy machine one
/// round may not be enough: wait a few.
async fn settle() {
    for _ in 0..3 {
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
}

#[wasm_bindgen_test]
async fn renders_the_four_roles_of_the_post() {
    let widget = Mounted::new(&[]).await;
    assert_eq!(
        widget.titles(),
        [
            "Health Integration Engineer",
            "Healthcare Project Manager",
            "IT Resource Manager",
            "Healthcare Systems Analyst"
        ]
    );
    assert_eq!(widget.count_text(), "4 of 4 roles");
    assert_eq!(
        widget
            .one(".rx-count")
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );
    assert_eq!(
        widget.one("h2").text_content().unwrap(),
        "The Hottest Jobs in Healthcare IT"
    );
}

#[wasm_bindgen_test]
async fn typing_hipaa_leaves_the_project_manager() {
    let widget = Mounted::new(&[]).await;
    widget.type_query("HIPAA").await;
    assert_eq!(widget.titles(), ["Healthcare Project Manager"]);
    assert_eq!(widget.count_text(), "1 of 4 roles");
    widget.type_query("sante hôpital").await;
    assert!(widget.titles().is_empty());
    assert!(widget
        .one(".rx-empty")
        .text_content()
        .unwrap()
        .contains("No role matches “sante hôpital”"));
}

#[wasm_bindgen_test]
async fn chips_narrow_and_clear_all_restores() {
    let widget = Mounted::new(&[]).await;
    assert!(widget.all(".rx-chip").is_empty(), "the facets start closed");
    widget.open_facets().await;
    let design = widget.chip("Design and development");
    assert_eq!(
        design.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    widget.click(&design).await;
    assert_eq!(
        widget
            .chip("Design and development")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        widget.titles(),
        ["Healthcare Project Manager", "Healthcare Systems Analyst"]
    );
    widget.click(&widget.chip("Working with people")).await;
    assert_eq!(widget.titles(), ["Healthcare Project Manager"]);
    // A chip that would leave nothing is disabled.
    assert!(widget.chip("Scheduling").has_attribute("disabled"));
    widget.click(&widget.one(".rx-filters .rx-clear")).await;
    assert_eq!(widget.titles().len(), 4);
}

#[wasm_bindgen_test]
async fn the_disclosure_opens_the_responsibilities() {
    let widget = Mounted::new(&[]).await;
    let button = widget.one("[data-role=it-resource-manager] .rx-disclosure");
    let details_id = button.get_attribute("aria-controls").unwrap();
    // Closed, the card holds no details at all.
    assert!(widget.all(&format!("#{details_id}")).is_empty());
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    widget.click(&button).await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(widget
        .one(&format!("#{details_id}"))
        .text_content()
        .unwrap()
        .contains("Anticipating shortages before they happen"));
}

#[wasm_bindgen_test]
async fn attributes_configure_and_refresh_re_renders() {
    let widget = Mounted::new(&[
        ("roles", "it-resource-manager"),
        ("theme", "dark"),
        ("accent", "#ffd700"),
    ])
    .await;
    assert_eq!(widget.titles(), ["IT Resource Manager"]);
    let root: HtmlElement = widget.one(".rx").unchecked_into();
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    // Gold contrasts with the dark background as it is, and takes black text.
    let computed = web_sys::window()
        .unwrap()
        .get_computed_style(&root)
        .unwrap()
        .unwrap();
    assert_eq!(computed.get_property_value("--_accent").unwrap(), "#ffd700");
    assert_eq!(
        computed.get_property_value("--_on-accent").unwrap(),
        "#000000"
    );

    widget
        .host
        .set_attribute(
            "roles",
            "healthcare-systems-analyst,health-integration-engineer",
        )
        .unwrap();
    widget
        .host
        .set_attribute("query", "troubleshooting")
        .unwrap();
    widget.widget.refresh();
    settle().await;
    assert_eq!(widget.titles(), ["Health Integration Engineer"]);
    assert_eq!(widget.count_text(), "1 of 2 roles");
}

#[wasm_bindgen_test]
async fn a_wrong_attribute_is_named_inside_the_widget() {
    let widget = Mounted::new(&[("theme", "purple"), ("skills", "Juggling")]).await;
    let notice = widget.one(".rx-notice").text_content().unwrap();
    assert!(notice.contains("theme=\"purple\" is not valid"), "{notice}");
    assert!(
        notice.contains("no role shown here has the skill \"Juggling\""),
        "{notice}"
    );
    // It still works with the defaults.
    assert_eq!(widget.titles().len(), 4);
}

#[wasm_bindgen_test]
async fn unmount_empties_the_shadow_root() {
    let widget = Mounted::new(&[]).await;
    widget.widget.unmount();
    settle().await;
    assert!(widget.shadow().query_selector(".rx").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn inline_json_replaces_the_built_in_roles() {
    let data = r#"<script type="application/json">
        {"title": "Careers at Example", "roles": [
          {"id": "nurse", "title": "Nurse", "skills": ["Triage"]},
          {"id": "coder", "title": "Clinical Coder", "skills": ["ICD-10", "Triage"]}]}
    </script>"#;
    let widget = Mounted::with_content(&[], data).await;
    assert_eq!(widget.titles(), ["Nurse", "Clinical Coder"]);
    assert_eq!(
        widget.one("h2").text_content().unwrap(),
        "Careers at Example"
    );
    widget.open_facets().await;
    widget.click(&widget.chip("ICD-10")).await;
    assert_eq!(widget.titles(), ["Clinical Coder"]);
}

#[wasm_bindgen_test]
async fn refused_inline_json_names_every_problem_inside_the_widget() {
    let data = r#"<script type="application/json">[{"id": "a", "title": "A", "skills": ["x", 42]}, {"title": "B"}]</script>"#;
    let widget = Mounted::with_content(&[], data).await;
    assert!(widget.titles().is_empty());
    let fault = widget.one(".rx-fault");
    assert_eq!(fault.get_attribute("role").as_deref(), Some("alert"));
    let text = fault.text_content().unwrap();
    assert!(
        text.contains("the JSON inside <role-explorer> has problems"),
        "{text}"
    );
    assert!(
        text.contains("roles[0].skills[1]: expected a string, found 42"),
        "{text}"
    );
    assert!(
        text.contains("roles[1].id: is required but missing"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn new_data_restarts_exploring() {
    let data = r#"<script type="application/json">[
        {"id": "a", "title": "Analyst", "skills": ["SQL"]},
        {"id": "b", "title": "Builder", "skills": ["SQL", "Rust"]}]</script>"#;
    let widget = Mounted::with_content(&[], data).await;
    widget.open_facets().await;
    widget.click(&widget.chip("Rust")).await;
    assert_eq!(widget.titles(), ["Builder"]);
    // Chips index the catalog: a chip chosen under the old data must not carry over.
    widget.host.set_inner_html("");
    widget.widget.refresh();
    settle().await;
    assert_eq!(widget.titles().len(), 4);
    assert!(widget.all(".rx-chip[aria-pressed=true]").is_empty());
}

/// Cards are kept per role id: a card still shown must follow what its
/// role now says, and the widget's language, without being put back.
#[wasm_bindgen_test]
async fn a_kept_card_follows_new_data_for_its_id_and_a_new_language() {
    let data = |title: &str| {
        format!(
            r#"<script type="application/json">[{{"id": "a", "title": "{title}", "skills": ["SQL"]}}]</script>"#
        )
    };
    let widget = Mounted::with_content(&[], &data("Analyst")).await;
    let card = widget.one(".rx-card");
    assert_eq!(widget.titles(), ["Analyst"]);
    widget.host.set_inner_html(&data("Data Analyst"));
    widget.widget.refresh();
    settle().await;
    assert_eq!(widget.titles(), ["Data Analyst"]);
    widget.host.set_attribute("lang", "es").unwrap();
    widget.widget.refresh();
    settle().await;
    assert_eq!(
        widget.one(".rx-compare").text_content().unwrap(),
        "Comparar"
    );
    assert!(
        widget.one(".rx-card").is_same_node(Some(&card)),
        "the card's element was replaced"
    );
}

#[wasm_bindgen_test]
async fn spanish_and_arabic_change_the_words_and_the_direction() {
    let spanish = Mounted::new(&[("lang", "es")]).await;
    assert_eq!(spanish.count_text(), "4 de 4 puestos");
    assert_eq!(
        spanish.one(".rx-search label").text_content().unwrap(),
        "Buscar puestos"
    );
    let arabic = Mounted::new(&[("lang", "ar")]).await;
    let root = arabic.one(".rx");
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(
        arabic.one(".rx-disclosure").text_content().unwrap(),
        "التفاصيل"
    );
}

#[wasm_bindgen_test]
async fn filter_changes_and_selections_are_sent_as_events() {
    let widget = Mounted::new(&[]).await;
    let record = js_sys::Function::new_with_args(
        "host",
        "host.seen = [];
        for (const type of ['filter-change', 'select']) {
            host.addEventListener('role-explorer:' + type, (e) => host.seen.push([type, e.detail]));
        }",
    );
    record.call1(&JsValue::NULL, &widget.host).unwrap();
    widget.type_query("HIPAA").await;
    widget
        .click(&widget.one("[data-role=healthcare-project-manager] .rx-disclosure"))
        .await;
    let seen =
        js_sys::JSON::stringify(&js_sys::Reflect::get(&widget.host, &"seen".into()).unwrap())
            .unwrap()
            .as_string()
            .unwrap();
    assert_eq!(
        seen,
        r#"[["filter-change",{"query":"HIPAA","skills":[],"shown":1,"total":4,"ids":["healthcare-project-manager"]}],["select",{"id":"healthcare-project-manager","title":"Healthcare Project Manager","open":true}]]"#
    );
}

#[wasm_bindgen_test]
async fn with_share_the_state_goes_into_the_hash_and_comes_back_from_it() {
    let widget = Mounted::new(&[("share", "")]).await;
    widget.type_query("hospital").await;
    widget.open_facets().await;
    widget.click(&widget.chip("HIPAA")).await;
    let data = |name: &str| {
        widget
            .host
            .get_attribute(&format!("data-{name}"))
            .unwrap_or_default()
    };
    assert_eq!(data("shared"), r#"["hospital","","HIPAA"]"#);
    // Typing replaced the history entry; the chip added one.
    assert_eq!(data("hash-writes"), "RP");

    widget
        .host
        .set_attribute("data-shared", r#"["","","Testing"]"#)
        .unwrap();
    widget.widget.hash_changed();
    settle().await;
    assert_eq!(widget.titles(), ["Healthcare Systems Analyst"]);
    let input: HtmlInputElement = widget.one("input[type=search]").unchecked_into();
    assert_eq!(input.value(), "");
    // A hash without the widget's parts brings back its starting state.
    widget.host.set_attribute("data-shared", "").unwrap();
    widget.widget.hash_changed();
    settle().await;
    assert_eq!(widget.titles().len(), 4);
}

/// Inline data of twenty roles, "Role 0" to "Role 19": more than one page.
fn twenty_roles() -> String {
    let roles: Vec<String> = (0..20)
        .map(|i| format!(r#"{{"id": "r{i}", "title": "Role {i}"}}"#))
        .collect();
    format!(
        r#"<script type="application/json">[{}]</script>"#,
        roles.join(",")
    )
}

#[wasm_bindgen_test]
async fn printing_shows_every_matching_role() {
    let widget = Mounted::with_content(&[], &twenty_roles()).await;
    assert_eq!(widget.titles().len(), 12);
    widget.widget.set_printing(true);
    settle().await;
    assert_eq!(widget.titles().len(), 20);
    widget.widget.set_printing(false);
    settle().await;
    assert_eq!(widget.titles().len(), 12);
}

/// The card list keeps its cards: "Show more" appends the next page after
/// the cards on screen, which stay the same elements, in one DOM change;
/// `layout` sets the list's `data-list`.
#[wasm_bindgen_test]
async fn show_more_appends_after_the_kept_cards_and_layout_marks_the_list() {
    let widget = Mounted::with_content(&[], &twenty_roles()).await;
    let first_page = widget.all(".rx-card");
    assert_eq!(first_page.len(), 12);
    let observe = js_sys::Function::new_with_args(
        "list",
        "const changes = [];
        new MutationObserver((records) => {
            for (const r of records) changes.push([r.addedNodes.length, r.removedNodes.length]);
        }).observe(list, { childList: true });
        return changes;",
    );
    let changes = observe
        .call1(&JsValue::NULL, &widget.one(".rx-cards"))
        .unwrap();
    widget.click(&widget.one(".rx-more")).await;
    let cards = widget.all(".rx-card");
    assert_eq!(cards.len(), 20);
    for (kept, card) in first_page.iter().zip(&cards) {
        assert!(
            kept.is_same_node(Some(card)),
            "a card on screen was replaced"
        );
    }
    let changes: Vec<JsValue> = js_sys::Array::from(&changes).to_vec();
    assert_eq!(changes.len(), 1, "one DOM change for the new page");
    assert_eq!(
        js_sys::Array::from(&changes[0]).to_vec(),
        [JsValue::from(8), JsValue::from(0)]
    );

    let list = widget.one(".rx-cards");
    assert!(!list.has_attribute("data-list"));
    widget.host.set_attribute("layout", "list").unwrap();
    widget.widget.refresh();
    settle().await;
    assert!(list.has_attribute("data-list"));
    widget.host.set_attribute("layout", "grid").unwrap();
    widget.widget.refresh();
    settle().await;
    assert!(!list.has_attribute("data-list"));
}
