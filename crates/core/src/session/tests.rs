//! The rules of a widget's state, its events and the address's hash,
//! stepped through natively as a reader and a host page would. One test a
//! rule, so the file is a list of them, longer than most.

use super::*;
use crate::config::parse_config;
use crate::data::testing::read_text;
use crate::data::{built_in, FaultKind, Origin};
use crate::events::{FilterChange, Ready, Select, WidgetEvent};
use crate::i18n::Lang;

fn seed() -> Result<Prepared, Fault> {
    built_in()
}

/// Settings from attributes, with `data` and what the address's hash holds
/// for the widget.
fn settings<'a>(
    pairs: &[(&str, &str)],
    data: Option<Result<&'a Prepared, &'a Fault>>,
    shared: Option<Shared>,
) -> Settings<'a> {
    let (config, errors) = parse_config(|name| {
        pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    });
    Settings {
        config,
        errors,
        data,
        new_data: false,
        source: "built-in",
        shared,
    }
}

/// A session and what its first settings cause.
fn start(settings: Settings) -> (Session, Effects) {
    let mut session = Session::default();
    let effects = session.step(Input::Settings(Settings {
        new_data: true,
        ..settings
    }));
    (session, effects)
}

fn events(effects: &Effects) -> Vec<WidgetEvent> {
    effects
        .report
        .as_ref()
        .map_or_else(Vec::new, Report::events)
}

fn names(effects: &Effects) -> Vec<&'static str> {
    events(effects).iter().map(WidgetEvent::name).collect()
}

fn chip(session: &Session, name: &str) -> Action {
    Action::ToggleChip(session.setup().catalog.chip_index(name).unwrap())
}

fn titles(session: &Session) -> Vec<&str> {
    let roles = session.setup().catalog.roles();
    let found = session.found();
    found
        .matches
        .iter()
        .map(|&i| roles[i].title.as_str())
        .collect()
}

/// What a link holds for a widget: its search, skills and open role.
fn link(query: &str, skills: &[&str], open: Option<&str>) -> Shared {
    Shared {
        query: query.into(),
        skills: skills.iter().map(|s| s.to_string()).collect(),
        open: open.map(Into::into),
    }
}

/// The state `effects` put in the address, and whether as a new entry.
fn written(effects: &Effects) -> Option<(Shared, bool)> {
    let write = effects.hash.as_ref()?;
    Some((write.shared.clone(), write.push))
}

#[test]
fn ready_is_sent_once_the_roles_show() {
    let data = seed();
    let (session, effects) = start(settings(&[], Some(data.as_ref()), None));
    assert!(effects.redraw && effects.new_setup);
    assert_eq!(
        events(&effects),
        [WidgetEvent::Ready(Ready {
            source: "built-in",
            total: 4,
            shown: 4,
            lang: Lang::En
        })]
    );
    assert_eq!(session.found().matches.len(), 4);
}

#[test]
fn a_loading_file_sends_ready_when_it_arrives_and_a_fault_never() {
    let (mut session, effects) = start(settings(&[], None, None));
    assert!(effects.report.is_none() && session.setup().loading);
    let error = Err(Fault::new(
        Origin::Src("roles.json".into()),
        FaultKind::Unreachable,
    ));
    let failed = session.step(Input::Settings(Settings {
        new_data: true,
        source: "src",
        ..settings(&[], Some(error.as_ref()), None)
    }));
    assert!(failed.redraw && failed.report.is_none());
    let data = seed();
    let arrived = session.step(Input::Settings(Settings {
        new_data: true,
        source: "src",
        ..settings(&[("query", "hospital")], Some(data.as_ref()), None)
    }));
    let events = events(&arrived);
    let [WidgetEvent::Ready(ready)] = events.as_slice() else {
        panic!("one ready event")
    };
    assert_eq!((ready.source, ready.shown, ready.total), ("src", 1, 4));
}

#[test]
fn new_data_restarts_exploring_and_sends_ready_again() {
    let data = seed();
    let (mut session, _) = start(settings(&[], Some(data.as_ref()), None));
    let _ = session.step(Input::Action(chip(&session, "HIPAA")));
    let _ = session.step(Input::Action(Action::ToggleRole(
        "it-resource-manager".into(),
    )));
    let other = read_text(r#"[{"id": "nurse", "title": "Nurse", "skills": ["Triage"]}]"#);
    let effects = session.step(Input::Settings(Settings {
        new_data: true,
        source: "property",
        ..settings(&[], Some(other.as_ref()), None)
    }));
    assert_eq!(session.state(), &Explorer::default());
    assert_eq!(titles(&session), ["Nurse"]);
    // Only ready: the chips and roles of the old data are not reported as undone.
    assert_eq!(names(&effects), ["ready"]);
}

#[test]
fn typing_sends_filter_change_with_the_matching_ids() {
    let data = seed();
    let (mut session, _) = start(settings(&[], Some(data.as_ref()), None));
    let effects = session.step(Input::Action(Action::Search("HIPAA".into())));
    assert_eq!(titles(&session), ["Healthcare Project Manager"]);
    assert_eq!(
        events(&effects),
        [WidgetEvent::FilterChange(FilterChange {
            query: "HIPAA".into(),
            skills: vec![],
            ids: vec!["healthcare-project-manager".into()],
            total: 4,
        })]
    );
    // Without `share`, the address is never touched.
    assert!(effects.hash.is_none());
}

#[test]
fn opening_a_role_sends_select_and_showing_more_sends_nothing() {
    let data = seed();
    let (mut session, _) = start(settings(&[], Some(data.as_ref()), None));
    let id = "healthcare-project-manager";
    let opened = session.step(Input::Action(Action::ToggleRole(id.into())));
    let closed = session.step(Input::Action(Action::ToggleRole(id.into())));
    let select = |open| {
        WidgetEvent::Select(Select {
            id: id.into(),
            title: "Healthcare Project Manager".into(),
            open,
        })
    };
    assert_eq!(events(&opened), [select(true)]);
    assert_eq!(events(&closed), [select(false)]);
    assert!(events(&session.step(Input::Action(Action::ShowMore))).is_empty());
}

#[test]
fn an_action_that_changes_nothing_causes_nothing() {
    let data = seed();
    let (mut session, _) = start(settings(&[], Some(data.as_ref()), None));
    let effects = session.step(Input::Action(Action::ClearFilters));
    assert!(!effects.redraw && effects.report.is_none() && effects.hash.is_none());
}

#[test]
fn show_more_moves_focus_to_the_first_new_card_each_time() {
    let data = seed();
    let (mut session, _) = start(settings(&[], Some(data.as_ref()), None));
    let first = session.step(Input::Action(Action::ShowMore)).focus.unwrap();
    assert_eq!(first.card, PAGE);
    let typed = session.step(Input::Action(Action::Search("a".into())));
    assert!(typed.focus.is_none());
    assert_eq!(session.focus(), Some(first));
    // The same card again is a new request, so the view carries it out again.
    let again = session.step(Input::Action(Action::ShowMore)).focus.unwrap();
    assert_eq!(again.card, PAGE);
    assert_ne!(again, first);
    assert_eq!(session.focus(), Some(again));
}

#[test]
fn with_share_typing_replaces_the_history_entry_and_chips_and_roles_push() {
    let data = seed();
    let (mut session, start) = start(settings(&[("share", "")], Some(data.as_ref()), None));
    // The start state is already the address's, or the blogger's settings.
    assert!(start.hash.is_none());
    let typed = session.step(Input::Action(Action::Search("hospital".into())));
    assert_eq!(written(&typed), Some((link("hospital", &[], None), false)));
    let chosen = session.step(Input::Action(chip(&session, "HIPAA")));
    assert_eq!(
        written(&chosen),
        Some((link("hospital", &["HIPAA"], None), true))
    );
    let opened = session.step(Input::Action(Action::ToggleRole(
        "healthcare-project-manager".into(),
    )));
    let (shared, push) = written(&opened).unwrap();
    assert!(shared.open.as_deref() == Some("healthcare-project-manager") && push);
    // Sorting and paging are not shared: the same state, which the loader
    // finds in the address already, so it writes nothing.
    let sorted = session.step(Input::Action(Action::Sort(crate::filter::Sort::Title)));
    assert_eq!(written(&sorted), Some((shared, false)));
}

#[test]
fn a_shared_link_wins_over_the_query_and_skills_settings() {
    let data = seed();
    let attributes = [("share", ""), ("query", "manager"), ("skills", "HIPAA")];
    let shared = || Some(link("", &["Testing"], Some("healthcare-systems-analyst")));
    let (session, effects) = start(settings(&attributes, Some(data.as_ref()), shared()));
    assert_eq!(session.state().query, "");
    assert_eq!(titles(&session), ["Healthcare Systems Analyst"]);
    assert_eq!(session.state().open, ["healthcare-systems-analyst"]);
    assert_eq!(names(&effects), ["ready"]);
    // Without `share`, the same address is ignored.
    let (session, _) = start(settings(
        &[("query", "manager")],
        Some(data.as_ref()),
        shared(),
    ));
    assert_eq!(session.state().query, "manager");
    assert!(session.state().open.is_empty());
}

#[test]
fn the_back_button_restores_the_hash_state_without_writing_it_back() {
    let data = seed();
    let (mut session, _) = start(settings(
        &[("share", ""), ("query", "manager")],
        Some(data.as_ref()),
        None,
    ));
    let _ = session.step(Input::Action(Action::Search("systems".into())));
    let restored = session.step(Input::HashChanged(Some(link("", &["Testing"], None))));
    assert!(restored.redraw && restored.hash.is_none());
    assert_eq!(titles(&session), ["Healthcare Systems Analyst"]);
    // The host page still hears what the reader now sees.
    let sent = events(&restored);
    let [WidgetEvent::FilterChange(change)] = sent.as_slice() else {
        panic!("one filter-change")
    };
    assert_eq!(
        (change.query.as_str(), change.skills.as_slice()),
        ("", &["Testing".to_string()][..])
    );
    // A hash without the widget's parts brings back its starting state, unwritten.
    let back = session.step(Input::HashChanged(None));
    assert!(back.hash.is_none());
    assert_eq!(session.state().query, "manager");
    // Nothing changes for the hash the widget is in already.
    assert!(!session.step(Input::HashChanged(None)).redraw);
}

#[test]
fn without_share_hash_changes_are_ignored() {
    let data = seed();
    let (mut session, _) = start(settings(&[], Some(data.as_ref()), None));
    let effects = session.step(Input::HashChanged(Some(link("nurse", &[], None))));
    assert!(!effects.redraw && effects.report.is_none());
    assert_eq!(session.state().query, "");
}

#[test]
fn other_settings_keep_the_state_and_the_catalog() {
    let data = seed();
    let (mut session, _) = start(settings(&[], Some(data.as_ref()), None));
    let _ = session.step(Input::Action(Action::Search("hospital".into())));
    let catalog = session.setup().catalog.clone();
    let dark = session.step(Input::Settings(settings(
        &[("theme", "dark")],
        Some(data.as_ref()),
        None,
    )));
    assert!(dark.redraw && dark.report.is_none());
    assert_eq!(session.state().query, "hospital");
    // Built once for the data, however often the settings change.
    assert!(Rc::ptr_eq(&catalog, &session.setup().catalog));
    // The same settings again change nothing at all.
    let same = session.step(Input::Settings(settings(
        &[("theme", "dark")],
        Some(data.as_ref()),
        None,
    )));
    assert!(!same.redraw && !same.new_setup);
}

#[test]
fn new_filter_settings_restart_exploring_and_report_the_change() {
    let data = seed();
    let (mut session, _) = start(settings(&[], Some(data.as_ref()), None));
    let _ = session.step(Input::Action(Action::ToggleRole(
        "it-resource-manager".into(),
    )));
    let effects = session.step(Input::Settings(settings(
        &[("query", "troubleshooting")],
        Some(data.as_ref()),
        None,
    )));
    assert_eq!(session.state().query, "troubleshooting");
    assert!(session.state().open.is_empty());
    assert_eq!(names(&effects), ["filter-change", "select"]);
}

#[test]
fn the_catalog_built_while_reading_is_the_one_used() {
    let data = seed();
    let (session, _) = start(settings(&[], Some(data.as_ref()), None));
    let built = &data.as_ref().unwrap().catalog;
    assert!(Rc::ptr_eq(&session.setup().catalog, built));
}

#[test]
fn printing_redraws_and_reports_nothing() {
    let data = seed();
    let (mut session, _) = start(settings(&[], Some(data.as_ref()), None));
    let effects = session.step(Input::Printing(true));
    assert!(effects.redraw && effects.report.is_none() && session.printing());
    assert!(!session.step(Input::Printing(true)).redraw);
}

#[test]
fn refused_data_shows_a_fault_and_reports_nothing() {
    let refused = read_text("[1]");
    assert!(refused.is_err());
    let (session, effects) = start(settings(&[], Some(refused.as_ref()), None));
    assert!(session.setup().fault.is_some());
    assert!(effects.report.is_none() && effects.new_setup);
}

#[test]
fn unfolding_the_facets_redraws_reports_nothing_and_outlives_the_hash() {
    let data = seed();
    let (mut session, _) = start(settings(&[("share", "")], Some(data.as_ref()), None));
    for action in [Action::ToggleFacets, Action::ToggleGroup(0)] {
        let effects = session.step(Input::Action(action));
        assert!(effects.redraw && effects.report.is_none() && effects.hash.is_none());
    }
    let narrowed = session.step(Input::Action(Action::NarrowChips("hip".into())));
    assert!(narrowed.redraw && narrowed.report.is_none());
    // The same text again changes nothing.
    assert!(
        !session
            .step(Input::Action(Action::NarrowChips("hip".into())))
            .redraw
    );
    // The back button changes the filters, not how far the facets are unfolded.
    let _ = session.step(Input::HashChanged(Some(link("", &["Testing"], None))));
    assert_eq!(titles(&session), ["Healthcare Systems Analyst"]);
    assert!(session.facets().open);
    assert_eq!(session.facets().narrow, "hip");
    // New data keeps the facets open, but its categories start folded.
    let other = read_text(r#"[{"id": "nurse", "title": "Nurse", "skills": ["Triage"]}]"#);
    let _ = session.step(Input::Settings(Settings {
        new_data: true,
        ..settings(&[("share", "")], Some(other.as_ref()), None)
    }));
    let facets = session.facets();
    assert!(facets.open && facets.expanded.is_empty() && facets.narrow.is_empty());
    // So do other roles; a theme keeps the facets as they are.
    let _ = session.step(Input::Action(Action::ToggleGroup(0)));
    let _ = session.step(Input::Settings(settings(
        &[("theme", "dark")],
        Some(other.as_ref()),
        None,
    )));
    assert_eq!(session.facets().expanded, [0]);
    let _ = session.step(Input::Settings(settings(
        &[("roles", "nurse")],
        Some(other.as_ref()),
        None,
    )));
    assert!(session.facets().open && session.facets().expanded.is_empty());
}
