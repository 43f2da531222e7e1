//! What a widget reports: typed details, which the Yew component hands to
//! its callbacks and `<role-explorer>` sends the host page as
//! `role-explorer:<name>` CustomEvents whose `detail` is the JSON written
//! here, with the fields the contract lists ([`crate::contract::EVENTS`]; a
//! test holds the two together).

use super::contract::{FILTER_CHANGE, READY, SELECT};
use super::explorer::Explorer;
use super::filter::Catalog;
use super::i18n::Lang;
use super::json_writer::JsonObject;

/// The widget shows its roles, for the first time or after new data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ready {
    /// Where the roles came from: `built-in`, `inline`, `property` or `src`.
    pub source: &'static str,
    /// How many roles the widget has.
    pub total: usize,
    /// How many of them fit its starting search and skills.
    pub shown: usize,
    /// The language the widget speaks.
    pub lang: Lang,
}

/// The reader changed the search or the chosen skills.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterChange {
    pub query: String,
    /// The chosen skills' names, in the order chosen.
    pub skills: Vec<String>,
    /// Ids of the matching roles, in the order shown; `shown` is their number.
    pub ids: Vec<String>,
    /// How many roles the widget has.
    pub total: usize,
}

/// The reader opened or closed a role's details.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Select {
    pub id: String,
    pub title: String,
    /// `true` when the details were opened.
    pub open: bool,
}

/// One event, as `<role-explorer>` sends it to the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WidgetEvent {
    Ready(Ready),
    FilterChange(FilterChange),
    Select(Select),
}

impl WidgetEvent {
    /// The event's name after the `role-explorer:` prefix.
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::Ready(_) => READY.name,
            WidgetEvent::FilterChange(_) => FILTER_CHANGE.name,
            WidgetEvent::Select(_) => SELECT.name,
        }
    }

    /// The event's `detail`, as JSON text.
    pub fn detail(&self) -> String {
        let mut json = JsonObject::default();
        match self {
            WidgetEvent::Ready(ready) => {
                json.text("source", ready.source);
                json.number("total", ready.total);
                json.number("shown", ready.shown);
                json.text("lang", ready.lang.tag());
            }
            WidgetEvent::FilterChange(change) => {
                json.text("query", &change.query);
                json.list("skills", &change.skills);
                json.number("shown", change.ids.len());
                json.number("total", change.total);
                json.list("ids", &change.ids);
            }
            WidgetEvent::Select(select) => {
                json.text("id", &select.id);
                json.text("title", &select.title);
                json.raw("open", if select.open { "true" } else { "false" });
            }
        }
        json.finish()
    }
}

/// The events a change of the reader's state gives: `filter-change` when the
/// search or the chosen skills changed (`matches` are the roles that fit
/// now), and `select` for each role opened or closed.
pub fn changes(
    before: &Explorer,
    after: &Explorer,
    catalog: &Catalog,
    matches: &[usize],
) -> Vec<WidgetEvent> {
    let mut events = Vec::new();
    if before.query != after.query || before.chips != after.chips {
        events.push(WidgetEvent::FilterChange(FilterChange {
            query: after.query.clone(),
            skills: after.to_shared(catalog).skills,
            ids: matches
                .iter()
                .map(|&i| catalog.roles()[i].id.clone())
                .collect(),
            total: catalog.roles().len(),
        }));
    }
    for (list, other, open) in [
        (&after.open, &before.open, true),
        (&before.open, &after.open, false),
    ] {
        for id in list.iter().filter(|id| !other.contains(id)) {
            let title = catalog
                .role_index(id)
                .map(|i| catalog.roles()[i].title.clone());
            events.push(WidgetEvent::Select(Select {
                id: id.clone(),
                title: title.unwrap_or_default(),
                open,
            }));
        }
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(event: &WidgetEvent) -> serde_json::Value {
        serde_json::from_str(&event.detail()).expect("valid JSON")
    }

    #[test]
    fn filter_change_lists_the_query_skills_and_matching_ids() {
        let event = WidgetEvent::FilterChange(FilterChange {
            query: "say \"hi\"\\\n\u{1}é".into(),
            skills: vec!["HIPAA".into(), "C, C++".into()],
            ids: vec!["a".into()],
            total: 4,
        });
        assert_eq!(event.name(), "filter-change");
        assert_eq!(
            parsed(&event),
            serde_json::json!({
                "query": "say \"hi\"\\\n\u{1}é",
                "skills": ["HIPAA", "C, C++"],
                "shown": 1,
                "total": 4,
                "ids": ["a"]
            })
        );
    }

    #[test]
    fn a_change_of_state_gives_filter_change_and_select_events() {
        use crate::data::testing;
        use crate::explorer::Action;
        let catalog = Catalog::new(testing::seed().dataset.roles);
        let before = Explorer::default();
        let mut after = before.clone();
        after.apply(Action::Search("hipaa".into()));
        after.apply(Action::ToggleRole("it-resource-manager".into()));
        let names: Vec<&str> = changes(&before, &after, &catalog, &[1])
            .iter()
            .map(WidgetEvent::name)
            .collect();
        assert_eq!(names, ["filter-change", "select"]);
        // Closing a role, with the filters as they were: one select, open false.
        let mut closed = after.clone();
        closed.apply(Action::ToggleRole("it-resource-manager".into()));
        assert_eq!(
            changes(&after, &closed, &catalog, &[1]),
            [WidgetEvent::Select(Select {
                id: "it-resource-manager".into(),
                title: "IT Resource Manager".into(),
                open: false
            })]
        );
        // Showing more cards changes nothing the host page hears of.
        let mut more = closed.clone();
        more.apply(Action::ShowMore);
        assert!(changes(&closed, &more, &catalog, &[1]).is_empty());
    }

    /// One event of each kind, as the widget writes them.
    fn one_of_each() -> [WidgetEvent; 3] {
        [
            WidgetEvent::Ready(Ready {
                source: "src",
                total: 2,
                shown: 1,
                lang: Lang::Es,
            }),
            WidgetEvent::FilterChange(FilterChange {
                query: "nurse".into(),
                skills: vec!["HIPAA".into()],
                ids: vec!["a".into()],
                total: 2,
            }),
            WidgetEvent::Select(Select {
                id: "a".into(),
                title: "A".into(),
                open: true,
            }),
        ]
    }

    #[test]
    fn every_detail_has_exactly_the_contracts_fields_and_types() {
        use crate::contract::{FieldType, EVENTS};
        use crate::json::{self, Json};
        let written = one_of_each();
        let names: Vec<&str> = written.iter().map(WidgetEvent::name).collect();
        let listed: Vec<&str> = EVENTS.iter().map(|e| e.name).collect();
        assert_eq!(
            names, listed,
            "every event the contract lists, and only those"
        );
        for (event, contract) in written.iter().zip(&EVENTS) {
            // The widget's own JSON reader keeps the fields in order, repeats included.
            let Ok(Json::Object(detail)) = json::parse(&event.detail()) else {
                panic!("{}: the detail is not a JSON object", contract.name);
            };
            let keys: Vec<&str> = detail.iter().map(|(key, _)| key.as_str()).collect();
            let fields: Vec<&str> = contract.detail.iter().map(|f| f.name).collect();
            assert_eq!(keys, fields, "{}", contract.name);
            for ((_, value), field) in detail.iter().zip(contract.detail) {
                let fits = match (field.kind, value) {
                    (FieldType::Text, Json::String(_))
                    | (FieldType::Number, Json::Number(_))
                    | (FieldType::Boolean, Json::Bool(_)) => true,
                    (FieldType::TextList, Json::Array(items)) => {
                        items.iter().all(|item| matches!(item, Json::String(_)))
                    }
                    (FieldType::OneOf(allowed), Json::String(text)) => {
                        allowed.contains(&text.as_str())
                    }
                    _ => false,
                };
                assert!(fits, "{}.{}: {value:?}", contract.name, field.name);
            }
        }
    }

    #[test]
    fn ready_and_select_details() {
        let ready = WidgetEvent::Ready(Ready {
            source: "built-in",
            total: 4,
            shown: 4,
            lang: Lang::Ar,
        });
        assert_eq!(
            parsed(&ready),
            serde_json::json!({"source": "built-in", "total": 4, "shown": 4, "lang": "ar"})
        );
        let select = WidgetEvent::Select(Select {
            id: "x".into(),
            title: "<X>".into(),
            open: false,
        });
        assert_eq!(select.name(), "select");
        assert_eq!(
            parsed(&select),
            serde_json::json!({"id": "x", "title": "<X>", "open": false})
        );
    }
}
