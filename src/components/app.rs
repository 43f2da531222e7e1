//! The widget's shell: theme, accent, heading, notices and credit around
//! the explorer itself.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::explorer_view::ExplorerView;
use super::notices::notices;
use super::source_credit::source_credit;
use crate::core::color::Rgb;
use crate::core::config::{Layout, Theme};
use crate::core::setup::Setup;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub setup: Rc<Setup>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let setup = &props.setup;
    let root = use_node_ref();
    use_accent(root.clone(), setup.config.accent);
    let theme = match setup.config.theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
        Theme::Auto => "auto",
    };
    let layout = match setup.config.layout {
        Layout::Grid => "grid",
        Layout::List => "list",
    };
    html! {
        <section class="rx" data-theme={theme} data-layout={layout} ref={root}
            aria-labelledby={setup.heading.as_ref().map(|_| "rx-heading")}
            aria-label={setup.heading.is_none().then_some("Roles")}>
            if let Some(heading) = &setup.heading {
                <h2 id="rx-heading" class="rx-heading">{ heading }</h2>
            }
            { notices(&setup.errors) }
            <ExplorerView key={setup.exploring_key()} setup={setup.clone()} />
            { setup.source.as_ref().map(source_credit) }
        </section>
    }
}

/// Writes the accent into CSS variables through the CSSOM: a `style`
/// attribute would be blocked by a host page's strict Content-Security-Policy.
#[hook]
fn use_accent(root: NodeRef, accent: Option<Rgb>) {
    use_effect_with(accent, move |accent| {
        if let Some(element) = root.cast::<HtmlElement>() {
            let style = element.style();
            match accent {
                Some(colour) => {
                    let _ = style.set_property("--rx-accent", &colour.to_string());
                    let _ =
                        style.set_property("--rx-on-accent", &colour.readable_text().to_string());
                }
                None => {
                    let _ = style.remove_property("--rx-accent");
                    let _ = style.remove_property("--rx-on-accent");
                }
            }
        }
    });
}
