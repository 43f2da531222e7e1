//! [`RoleExplorer`]: the widget as a Yew component, for Rust apps.

use std::rc::Rc;
use std::time::Duration;

use yew::platform::{spawn_local, time::sleep};
use yew::prelude::*;

use super::frame::Frame;
use super::stylesheet::adopt_stylesheet;
use role_explorer_core::color::Rgb;
use role_explorer_core::config::{Config, Filters, Heading, Layout, Theme};
use role_explorer_core::data::{built_in, read, Fault, Origin, Prepared};
use role_explorer_core::events::{FilterChange, Ready, Select, WidgetEvent};
use role_explorer_core::explorer::Action;
use role_explorer_core::i18n::Lang;
use role_explorer_core::role::Dataset;
use role_explorer_core::session::{Effects, Input, Session, Settings};

/// Role data for [`RoleExplorer`]: read and validated once, then shared by
/// every render and every component given it. Two values are equal when
/// they are the same data (clones of one `RoleData`).
#[derive(Clone, Debug)]
pub struct RoleData(Rc<Prepared>);

impl RoleData {
    /// Reads role data in the widget's JSON format: a list of roles, or an
    /// object with `roles` and optional `title` and `source` (the README's
    /// "Role data" describes every field). The error lists every problem
    /// with its place, such as `roles[0].id: is required but missing`.
    pub fn from_json(json: &str) -> Result<Self, Fault> {
        read(Origin::Property, json.as_bytes().to_vec()).map(|prepared| RoleData(Rc::new(prepared)))
    }

    /// The widget's built-in roles, the four of the post "The Hottest Jobs
    /// in Healthcare IT", read once per thread.
    pub fn built_in() -> Self {
        thread_local! {
            static BUILT_IN: RoleData =
                RoleData(Rc::new(built_in().expect("the built-in roles are valid")));
        }
        BUILT_IN.with(Clone::clone)
    }

    /// The roles, title and source credit.
    pub fn dataset(&self) -> &Dataset {
        &self.0.dataset
    }
}

impl Default for RoleData {
    fn default() -> Self {
        RoleData::built_in()
    }
}

impl PartialEq for RoleData {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The options of a [`RoleExplorer`]: those the attributes of
/// `<role-explorer>` set, typed, and callbacks for what its events report.
/// Changing `data`, `roles`, `skills` or `query` starts the reader's
/// exploring afresh; other options keep it.
#[derive(Properties, PartialEq)]
pub struct RoleExplorerProps {
    /// The roles; the built-in ones by default.
    #[prop_or_default]
    pub data: RoleData,
    /// Ids of the roles to show, in this order; empty shows every role.
    /// An unknown id is named in a notice inside the widget.
    #[prop_or_default]
    pub roles: Vec<String>,
    /// Skills chosen at the start (case and accents ignored).
    #[prop_or_default]
    pub skills: Vec<String>,
    /// The search text at the start.
    #[prop_or_default]
    pub query: AttrValue,
    /// The data's title by default.
    #[prop_or_default]
    pub heading: Heading,
    /// `Auto` follows the reader's `prefers-color-scheme`.
    #[prop_or_default]
    pub theme: Theme,
    /// The colour of chosen chips, buttons and focus rings, darkened or
    /// lightened per theme just enough to contrast; teal by default.
    #[prop_or_default]
    pub accent: Option<Rgb>,
    #[prop_or_default]
    pub layout: Layout,
    /// `Compact` by default: the skill facets open on demand.
    #[prop_or_default]
    pub filters: Filters,
    /// The language of the widget's words; by default the document's
    /// (`<html lang>`), else English.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Set while the page prints: every matching role shows, open.
    #[prop_or_default]
    pub printing: bool,
    /// The widget shows its roles: at the start, and after new `data`.
    #[prop_or_default]
    pub on_ready: Callback<Ready>,
    /// The reader changed the search or the chosen skills.
    #[prop_or_default]
    pub on_filter_change: Callback<FilterChange>,
    /// The reader opened or closed a role's details.
    #[prop_or_default]
    pub on_select: Callback<Select>,
}

/// Job roles as cards that readers search and filter by skill, compare and
/// open: the `<role-explorer>` widget as a component. Several may share a
/// page: each has ids of its own. On its first render it adopts
/// [`crate::STYLESHEET`] into the document or shadow root it is drawn in.
///
/// ```no_run
/// use role_explorer_yew::{Layout, RoleData, RoleExplorer, Select, Theme};
/// use yew::prelude::*;
///
/// #[function_component]
/// fn Jobs() -> Html {
///     let nurses = use_memo((), |_| {
///         RoleData::from_json(r#"[{"id": "nurse", "title": "Nurse", "skills": ["Triage"]}]"#)
///             .expect("valid role data")
///     });
///     let opened = use_state(|| None::<String>);
///     let on_select = {
///         let opened = opened.clone();
///         Callback::from(move |select: Select| opened.set(select.open.then_some(select.title)))
///     };
///     html! {
///         <>
///             // The built-in roles, dark, one card a row.
///             <RoleExplorer theme={Theme::Dark} layout={Layout::List} {on_select} />
///             <p>{ format!("Open: {}", opened.as_deref().unwrap_or("none")) }</p>
///             // Roles of the app's own, searched for "nurse" at the start.
///             <RoleExplorer data={(*nurses).clone()} query="nurse" />
///         </>
///     }
/// }
///
/// fn main() {
///     yew::Renderer::<Jobs>::new().render();
/// }
/// ```
pub struct RoleExplorer {
    session: Rc<Session>,
    /// One callback for the component's life: the Frame compares it by identity.
    on_action: Callback<Action>,
    mount: NodeRef,
}

impl Component for RoleExplorer {
    type Message = Action;
    type Properties = RoleExplorerProps;

    fn create(ctx: &Context<Self>) -> Self {
        let mut explorer = RoleExplorer {
            session: Rc::default(),
            on_action: ctx.link().callback(|action| action),
            mount: NodeRef::default(),
        };
        let props = ctx.props();
        explorer.step(ctx, Input::Settings(settings(props, true)));
        explorer.step(ctx, Input::Printing(props.printing));
        explorer
    }

    fn update(&mut self, ctx: &Context<Self>, action: Action) -> bool {
        self.step(ctx, Input::Action(action))
    }

    fn changed(&mut self, ctx: &Context<Self>, old: &RoleExplorerProps) -> bool {
        let props = ctx.props();
        let new_data = props.data != old.data;
        let settings = settings(props, new_data);
        // New callbacks on each render of the parent change nothing else.
        let settled = (new_data || settings.config != self.session.setup().config)
            && self.step(ctx, Input::Settings(settings));
        self.step(ctx, Input::Printing(props.printing)) || settled
    }

    fn view(&self, _ctx: &Context<Self>) -> Html {
        // The same box as <role-explorer>'s shadow root holds: the
        // stylesheet's reset and container queries start there.
        html! {
            <div class="rx-mount" ref={self.mount.clone()}>
                <Frame session={self.session.clone()} on_action={self.on_action.clone()} />
            </div>
        }
    }

    fn rendered(&mut self, _ctx: &Context<Self>, first_render: bool) {
        if let Some(mount) = self.mount.get().filter(|_| first_render) {
            // Before the browser paints: the widget never shows unstyled.
            let _ = adopt_stylesheet(&mount.get_root_node());
        }
    }
}

impl RoleExplorer {
    /// Steps the session; whether to draw it again.
    fn step(&mut self, ctx: &Context<Self>, input: Input) -> bool {
        let effects = Rc::make_mut(&mut self.session).step(input);
        perform(ctx.props(), effects)
    }
}

/// Hands the step's events to the callbacks, in a task of their own once
/// the change can show (as `<role-explorer>` sends its events); the view
/// carries out the focus itself. Whether to draw again.
fn perform(props: &RoleExplorerProps, effects: Effects) -> bool {
    if let Some(report) = effects.report {
        let on_ready = props.on_ready.clone();
        let on_filter_change = props.on_filter_change.clone();
        let on_select = props.on_select.clone();
        spawn_local(async move {
            sleep(Duration::ZERO).await;
            for event in report.events() {
                match event {
                    WidgetEvent::Ready(ready) => on_ready.emit(ready),
                    WidgetEvent::FilterChange(change) => on_filter_change.emit(change),
                    WidgetEvent::Select(select) => on_select.emit(select),
                }
            }
        });
    }
    effects.redraw
}

fn settings(props: &RoleExplorerProps, new_data: bool) -> Settings<'_> {
    let config = Config {
        theme: props.theme,
        accent: props.accent,
        roles: props.roles.clone(),
        skills: props.skills.clone(),
        query: props.query.to_string(),
        heading: props.heading.clone(),
        layout: props.layout,
        filters: props.filters,
        lang: Some(props.lang.unwrap_or_else(document_lang)),
        ..Config::default()
    };
    Settings {
        config,
        errors: Vec::new(),
        data: Some(Ok(&props.data.0)),
        new_data,
        source: "property",
        // Sharing in the address is for <role-explorer>; a Rust app keeps
        // its own routes.
        shared: None,
    }
}

/// The document's language (`<html lang>`), if the widget speaks it.
fn document_lang() -> Lang {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}
