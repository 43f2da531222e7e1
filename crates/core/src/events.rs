//! The events a widget sends the host page, as `role-explorer:<name>`
//! CustomEvents whose `detail` is the JSON written here. `role-explorer.d.ts`
//! types the same shapes for host pages.

use super::explorer::Explorer;
use super::filter::Catalog;
use super::json_writer::JsonObject;

#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    /// The widget shows its roles, for the first time or after new data.
    Ready {
        /// `built-in`, `inline`, `property` or `src`.
        source: &'static str,
        total: usize,
        shown: usize,
        lang: &'static str,
    },
    /// The reader changed the search or the chosen skills.
    FilterChange {
        query: String,
        skills: Vec<String>,
        /// Ids of the matching roles, in the order shown.
        ids: Vec<String>,
        total: usize,
    },
    /// The reader opened or closed a role's details.
    Select {
        id: String,
        title: String,
        open: bool,
    },
}

impl WidgetEvent {
    /// The event's name after the `role-explorer:` prefix.
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::Ready { .. } => "ready",
            WidgetEvent::FilterChange { .. } => "filter-change",
            WidgetEvent::Select { .. } => "select",
        }
    }

    /// The event's `detail`, as JSON text.
    pub fn detail(&self) -> String {
        let mut json = JsonObject::default();
        match self {
            WidgetEvent::Ready {
                source,
                total,
                shown,
                lang,
            } => {
                json.text("source", source);
                json.number("total", *total);
                json.number("shown", *shown);
                json.text("lang", lang);
            }
            WidgetEvent::FilterChange {
                query,
                skills,
                ids,
                total,
            } => {
                json.text("query", query);
                json.list("skills", skills);
                json.number("shown", ids.len());
                json.number("total", *total);
                json.list("ids", ids);
            }
            WidgetEvent::Select { id, title, open } => {
                json.text("id", id);
                json.text("title", title);
                json.raw("open", if *open { "true" } else { "false" });
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
        events.push(WidgetEvent::FilterChange {
            query: after.query.clone(),
            skills: after.to_shared(catalog).skills,
            ids: matches
                .iter()
                .map(|&i| catalog.roles()[i].id.clone())
                .collect(),
            total: catalog.roles().len(),
        });
    }
    for (list, other, open) in [
        (&after.open, &before.open, true),
        (&before.open, &after.open, false),
    ] {
        for id in list.iter().filter(|id| !other.contains(id)) {
            let title = catalog
                .role_index(id)
                .map(|i| catalog.roles()[i].title.clone());
            events.push(WidgetEvent::Select {
                id: id.clone(),
                title: title.unwrap_or_default(),
                open,
            });
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
        let event = WidgetEvent::FilterChange {
            query: "say \"hi\"\\\n\u{1}é".into(),
            skills: vec!["HIPAA".into(), "C, C++".into()],
            ids: vec!["a".into()],
            total: 4,
        };
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
            [WidgetEvent::Select {
                id: "it-resource-manager".into(),
                title: "IT Resource Manager".into(),
                open: false
            }]
        );
        // Showing more cards changes nothing the host page hears of.
        let mut more = closed.clone();
        more.apply(Action::ShowMore);
        assert!(changes(&closed, &more, &catalog, &[1]).is_empty());
    }

    #[test]
    fn ready_and_select_details() {
        let ready = WidgetEvent::Ready {
            source: "built-in",
            total: 4,
            shown: 4,
            lang: "ar",
        };
        assert_eq!(
            parsed(&ready),
            serde_json::json!({"source": "built-in", "total": 4, "shown": 4, "lang": "ar"})
        );
        let select = WidgetEvent::Select {
            id: "x".into(),
            title: "<X>".into(),
            open: false,
        };
        assert_eq!(select.name(), "select");
        assert_eq!(
            parsed(&select),
            serde_json::json!({"id": "x", "title": "<X>", "open": false})
        );
    }
}
