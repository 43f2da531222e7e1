//! Everything one widget needs to render, derived from its settings and data.

use std::rc::Rc;

use super::config::{Config, ConfigError, Heading};
use super::data::{Fault, Prepared, Problem};
use super::explorer::{select_roles, Explorer};
use super::filter::Catalog;
use super::i18n::Lang;
use super::role::{Dataset, Source};

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
    pub fault: Option<Fault>,
    /// A role file is loading: the widget shows a placeholder of its size.
    pub loading: bool,
}

impl Setup {
    /// `data` is the widget's data as read, or `None` while it is fetched
    /// or read.
    pub fn new(
        config: Config,
        mut errors: Vec<ConfigError>,
        data: Option<Result<&Prepared, &Fault>>,
    ) -> Self {
        let empty = Dataset::default();
        let (dataset, warnings, fault, full) = match data {
            Some(Ok(prepared)) => (
                &prepared.dataset,
                prepared.warnings.clone(),
                None,
                Some(&prepared.catalog),
            ),
            Some(Err(fault)) => (&empty, Vec::new(), Some(fault.clone()), None),
            None => (&empty, Vec::new(), None, None),
        };
        let loading = data.is_none();
        let (roles, role_errors) = select_roles(dataset, &config.roles);
        let catalog = match full {
            // Every role, in the data's order: the data's own catalog is the one.
            Some(full)
                if roles.len() == dataset.roles.len()
                    && roles
                        .iter()
                        .zip(&dataset.roles)
                        .all(|(a, b)| Rc::ptr_eq(a, b)) =>
            {
                full.clone()
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
    use crate::data::testing::{read_text, seed};
    use crate::data::{FaultKind, Origin};

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
        Setup::new(config, errors, Some(Ok(&seed())))
    }

    #[test]
    fn refused_data_becomes_a_fault_without_echoes() {
        let (config, errors) = config(&[("roles", "a"), ("skills", "x")]);
        let refused = read_text(r#"[{"id":"a","title":7}]"#);
        let s = Setup::new(config, errors, Some(refused.as_ref()));
        let Some(fault) = s.fault else {
            panic!("a fault")
        };
        assert_eq!(
            fault.to_string(),
            "the JSON inside <role-explorer> could not be used: the role data has 1 problem: roles[0].title: expected a string, found 7"
        );
        assert!(s.errors.is_empty() && s.catalog.roles().is_empty());
    }

    #[test]
    fn custom_data_replaces_the_seed_and_keeps_its_warnings() {
        let data = read_text(r#"{"title":"Careers","roles":[{"id":"a","title":"Nurse","pay":1}]}"#);
        let s = Setup::new(Config::default(), vec![], Some(data.as_ref()));
        assert_eq!(s.heading.as_deref(), Some("Careers"));
        assert_eq!(s.catalog.roles()[0].title, "Nurse");
        assert_eq!(
            s.warnings[0].to_string(),
            "roles[0].pay: unknown field, ignored"
        );
        assert!(s.fault.is_none());
    }

    #[test]
    fn the_data_s_catalog_is_used_when_every_role_is_shown() {
        let data = Ok(seed());
        let Ok(prepared) = &data else { unreachable!() };
        let all = Setup::new(Config::default(), vec![], Some(data.as_ref()));
        assert!(Rc::ptr_eq(&all.catalog, &prepared.catalog));
        let (config, errors) = config(&[("roles", "it-resource-manager")]);
        let some = Setup::new(config, errors, Some(data.as_ref()));
        assert!(!Rc::ptr_eq(&some.catalog, &prepared.catalog));
        assert_eq!(some.catalog.roles()[0].title, "IT Resource Manager");
    }

    #[test]
    fn loading_and_failed_files_show_no_roles_and_no_echoes() {
        let (config, errors) = config(&[("roles", "a")]);
        let loading = Setup::new(config.clone(), errors.clone(), None);
        assert!(loading.loading && loading.fault.is_none() && loading.errors.is_empty());
        let fault = Fault::new(Origin::Src("x.json".into()), FaultKind::Unreachable);
        let failed = Setup::new(config, errors, Some(Err(&fault)));
        assert_eq!(failed.fault, Some(fault));
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
