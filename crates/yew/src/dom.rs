//! Elements made by hand, for the cards (see `role_card`): a card is built
//! off the page and placed whole, one DOM change, as a plain-JS list that
//! appends built nodes makes. Yew would insert each new element into the
//! page before its children.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::Element;

/// Fixed attributes of an element, written in this crate.
pub type Attributes = &'static [(&'static str, &'static str)];

thread_local! {
    /// One element for each tag and fixed attributes used so far: a copy of
    /// it is one call to the browser, where setting each attribute again is
    /// a call and two strings to decode.
    static PROTOTYPES: RefCell<Vec<(&'static str, Attributes, Element)>> = const { RefCell::new(Vec::new()) };
}

/// A new element with `attributes`.
pub fn element(tag: &'static str, attributes: Attributes) -> Element {
    PROTOTYPES.with_borrow_mut(|prototypes| {
        let made = prototypes
            .iter()
            .find(|(t, a, _)| *t == tag && *a == attributes);
        let prototype = match made {
            Some((_, _, prototype)) => prototype,
            None => {
                let document = web_sys::window().and_then(|window| window.document());
                let document = document.expect("a widget runs in a document");
                let element = document.create_element(tag).expect("a valid tag name");
                for (name, value) in attributes {
                    // Fixed names from this crate: setting them cannot fail.
                    let _ = element.set_attribute(name, value);
                }
                prototypes.push((tag, attributes, element));
                &prototypes[prototypes.len() - 1].2
            }
        };
        let copy = prototype.clone_node().expect("an element can be copied");
        copy.unchecked_into()
    })
}

/// A new element holding `text`.
pub fn with_text(tag: &'static str, attributes: Attributes, text: &str) -> Element {
    let element = element(tag, attributes);
    element.set_text_content(Some(text));
    element
}

/// A new element appended to `parent`.
pub fn child(parent: &Element, tag: &'static str, attributes: Attributes) -> Element {
    let child = element(tag, attributes);
    append(parent, &child);
    child
}

/// Appends `child` to `parent`.
pub fn append(parent: &Element, child: &Element) {
    // Both are elements this crate made: appending cannot fail.
    let _ = parent.append_child(child);
}

/// Sets an attribute this crate names.
pub fn set(element: &Element, name: &str, value: &str) {
    let _ = element.set_attribute(name, value);
}
