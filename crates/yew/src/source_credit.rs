//! The credit line under the cards.

use yew::prelude::*;

use role_explorer_core::i18n::{fill, Messages};
use role_explorer_core::role::Source;

pub fn source_credit(source: &Source, text: &Messages) -> Html {
    let title = match &source.url {
        // The parser keeps only http(s) and mailto addresses.
        Some(url) => {
            html! { <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ &source.title }</a> }
        }
        None => html! { <cite>{ &source.title }</cite> },
    };
    let mut rest = String::new();
    if let Some(author) = &source.author {
        rest.push_str(&fill(text.source_by, &[("author", author)]));
    }
    if let Some(published) = &source.published {
        rest.push_str(&format!(" ({published})"));
    }
    html! { <p class="rx-source" part="credit">{ text.source }{ title }{ rest }</p> }
}
