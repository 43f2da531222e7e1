//! Elements built off the page, then put in place whole.
//!
//! Yew inserts a new element into the page before its children, so a new
//! card would reach the live list node by node: a DOM change each, and style
//! work for every one. Here the card's element is made apart, its content is
//! rendered into it through a portal while it is still detached, and only
//! then is the element placed: one change for the whole card, as a plain-JS
//! list that appends built nodes makes.

use web_sys::Element;
use yew::{create_portal, html, Html};

/// A new detached element; `attributes` are its fixed ones.
pub fn detached(tag: &str, attributes: &[(&str, &str)]) -> Element {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("a widget runs in a document");
    let element = document.create_element(tag).expect("a valid tag name");
    for (name, value) in attributes {
        // Fixed names from this crate: setting them cannot fail.
        let _ = element.set_attribute(name, value);
    }
    element
}

/// `content` rendered inside `host`, and `host` placed here.
pub fn placed(host: &Element, content: Html) -> Html {
    // A list attaches its children last to first: the portal fills the host
    // while it is off the page, then the reference puts the host in place.
    html! {
        <>
            { Html::VRef(host.clone().into()) }
            { create_portal(content, host.clone()) }
        </>
    }
}
