//! Everything one widget needs to render, derived from its settings and data.

use std::rc::Rc;

use super::config::{Config, ConfigError, Heading};
use super::dataset::{DataError, DataOrigin, Loaded, Problem};
use super::explorer::{select_roles, Explorer};
use super::filter::Catalog;
use super::i18n::Lang;
use super::remote::LoadError;
use super::role::{Dataset, Source};

/// The role data a widget has, as the embed layer knows it.
#[derive(Clone, Copy, Debug)]
pub enum DataState<'a> {
    Ready(&'a Loaded),
    Refused(DataOrigin, &'a DataError),
    /// A role file is on its way.
    Loading,
    /// The role file could not be fetched or read.
    Failed(&'a LoadError),
}

/// Why the widget shows no cards.
#[derive(Clone, Debug, PartialEq)]
pub enum DataFault {
    Refused {
        origin: DataOrigin,
        error: DataError,
    },
    /// A fetch fault: the widget offers to try again.
    Failed(LoadError),
}

/// Not comparable as a whole: comparing catalogs of thousands of roles
/// would cost as much as building them. See [`Setup::same_settings`].
#[derive(Clone, Debug)]
pub struct Setup {
    pub config: Config,
    /// The heading to show, if any.
    pub heading: Option<String>,
    pub source: Option<Source>,
    /// The roles this widget shows, ready for filtering.
    pub catalog: Rc<Catalog>,
    /// The exploring state the widget starts in.
    pub start: Explorer,
    /// Every setting that could not be used, to show and log.
    pub errors: Vec<ConfigError>,
    /// Harmless oddities in the data, such as unknown fields.
    pub warnings: Vec<Problem>,
    /// Set when there is no data: the widget shows why instead of cards.
    pub fault: Option<DataFault>,
    /// A role file is loading: the widget shows a placeholder of its size.
    pub loading: bool,
}

impl Setup {
    /// `full`, when given, is the catalog of all the data's roles, already
    /// built (it takes a while for thousands of roles).
    pub fn new(
        config: Config,
        mut errors: Vec<ConfigError>,
        data: DataState,
        full: Option<Rc<Catalog>>,
    ) -> Self {
        let empty = Dataset::default();
        let (dataset, warnings, fault) = match data {
            DataState::Ready(loaded) => (&loaded.dataset, loaded.warnings.clone(), None),
            DataState::Refused(origin, error) => {
                let fault = DataFault::Refused {
                    origin,
                    error: error.clone(),
                };
                (&empty, Vec::new(), Some(fault))
            }
            DataState::Failed(error) => {
                (&empty, Vec::new(), Some(DataFault::Failed(error.clone())))
            }
            DataState::Loading => (&empty, Vec::new(), None),
        };
        let loading = matches!(data, DataState::Loading);
        let (roles, role_errors) = select_roles(dataset, &config.roles);
        let catalog = match full {
            // Every role, in the data's order: the full catalog is the one.
            Some(full)
                if roles.len() == dataset.roles.len()
                    && roles
                        .iter()
                        .zip(&dataset.roles)
                        .all(|(a, b)| Rc::ptr_eq(a, b)) =>
            {
                full
            }
            _ => Rc::new(Catalog::new(roles)),
        };
        let (start, start_errors) = Explorer::start(&config, &catalog);
        // Without data, unknown ids and skills would only repeat the fault.
        if fault.is_none() && !loading {
            errors.extend(role_errors);
            errors.extend(start_errors);
        }
        let heading = match &config.heading {
            Heading::FromData => dataset.title.clone(),
            Heading::Text(text) => Some(text.clone()),
            Heading::Hidden => None,
        };
        Setup {
            heading,
            source: dataset.source.clone(),
            catalog,
            start,
            errors,
            warnings,
            fault,
            loading,
            config,
        }
    }

    /// Whether `other` was made from the same settings, with the same
    /// problems to report: given the same data, it renders the same.
    pub fn same_settings(&self, other: &Setup) -> bool {
        self.config == other.config && self.errors == other.errors
    }

    /// The reader's language: the `lang` setting, else the page's, else English.
    pub fn lang(&self) -> Lang {
        self.config.lang.unwrap_or_default()
    }

    /// Changes to these restart exploring; others (theme, accent…) keep it.
    pub fn exploring_key(&self) -> String {
        let config = &self.config;
        [
            config.roles.join(","),
            config.skills.join(","),
            config.query.clone(),
        ]
        .join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_config;
    use crate::dataset::{parse_dataset, DEFAULT_ROLES_JSON};

    fn config(pairs: &[(&str, &str)]) -> (Config, Vec<ConfigError>) {
        parse_config(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    fn setup(pairs: &[(&str, &str)]) -> Setup {
        let (config, errors) = config(pairs);
        let seed = parse_dataset(DEFAULT_ROLES_JSON).unwrap();
        Setup::new(config, errors, DataState::Ready(&seed), None)
    }

    #[test]
    fn refused_data_becomes_a_fault_without_echoes() {
        let (config, errors) = config(&[("roles", "a"), ("skills", "x")]);
        let error = parse_dataset(r#"[{"id":"a","title":7}]"#).unwrap_err();
        let s = Setup::new(
            config,
            errors,
            DataState::Refused(DataOrigin::Inline, &error),
            None,
        );
        let Some(DataFault::Refused { origin, error }) = s.fault else {
            panic!("a fault")
        };
        assert_eq!(origin.to_string(), "the JSON inside <role-explorer>");
        assert_eq!(
            error.to_string(),
            "the role data has 1 problem: roles[0].title: expected a string, found 7"
        );
        assert!(s.errors.is_empty() && s.catalog.roles().is_empty());
    }

    #[test]
    fn custom_data_replaces_the_seed_and_keeps_its_warnings() {
        let data =
            parse_dataset(r#"{"title":"Careers","roles":[{"id":"a","title":"Nurse","pay":1}]}"#)
                .unwrap();
        let s = Setup::new(Config::default(), vec![], DataState::Ready(&data), None);
        assert_eq!(s.heading.as_deref(), Some("Careers"));
        assert_eq!(s.catalog.roles()[0].title, "Nurse");
        assert_eq!(
            s.warnings[0].to_string(),
            "roles[0].pay: unknown field, ignored"
        );
        assert!(s.fault.is_none());
    }

    #[test]
    fn loading_and_failed_files_show_no_roles_and_no_echoes() {
        let (config, errors) = config(&[("roles", "a")]);
        let loading = Setup::new(config.clone(), errors.clone(), DataState::Loading, None);
        assert!(loading.loading && loading.fault.is_none() && loading.errors.is_empty());
        let error = LoadError::Unreachable {
            url: "x.json".into(),
        };
        let failed = Setup::new(config, errors, DataState::Failed(&error), None);
        assert_eq!(failed.fault, Some(DataFault::Failed(error)));
        assert!(!failed.loading && failed.catalog.roles().is_empty());
    }

    #[test]
    fn heading_defaults_to_the_data_title() {
        assert_eq!(
            setup(&[]).heading.as_deref(),
            Some("The Hottest Jobs in Healthcare IT")
        );
        assert_eq!(
            setup(&[("heading", "Jobs")]).heading.as_deref(),
            Some("Jobs")
        );
        assert_eq!(setup(&[("heading", "")]).heading, None);
    }

    #[test]
    fn gathers_errors_from_every_step() {
        let s = setup(&[("theme", "x"), ("roles", "nurse"), ("skills", "juggling")]);
        assert_eq!(s.errors.len(), 3, "{:?}", s.errors);
        assert_eq!(s.catalog.roles().len(), 4);
    }

    #[test]
    fn only_filter_settings_restart_exploring() {
        assert_eq!(
            setup(&[("theme", "dark")]).exploring_key(),
            setup(&[]).exploring_key()
        );
        assert_ne!(
            setup(&[("query", "x")]).exploring_key(),
            setup(&[]).exploring_key()
        );
    }
}
