//! Everything one widget needs to render, derived from its settings and data.

use super::config::{Config, ConfigError, Heading};
use super::dataset::{DataError, DataOrigin, Loaded, Problem};
use super::explorer::{select_roles, Explorer};
use super::filter::Catalog;
use super::role::{Dataset, Source};

/// Role data that could not be used, and where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct DataFault {
    pub origin: DataOrigin,
    pub error: DataError,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Setup {
    pub config: Config,
    /// The heading to show, if any.
    pub heading: Option<String>,
    pub source: Option<Source>,
    /// The roles this widget shows, ready for filtering.
    pub catalog: Catalog,
    /// The exploring state the widget starts in.
    pub start: Explorer,
    /// Every setting that could not be used, to show and log.
    pub errors: Vec<ConfigError>,
    /// Harmless oddities in the data, such as unknown fields.
    pub warnings: Vec<Problem>,
    /// Set when the data was refused: the widget shows why instead of cards.
    pub fault: Option<DataFault>,
}

impl Setup {
    /// `data` is the parsed role data from `origin`.
    pub fn new(
        config: Config,
        mut errors: Vec<ConfigError>,
        origin: DataOrigin,
        data: &Result<Loaded, DataError>,
    ) -> Self {
        let empty = Dataset::default();
        let (dataset, warnings, fault) = match data {
            Ok(loaded) => (&loaded.dataset, loaded.warnings.clone(), None),
            Err(error) => (
                &empty,
                Vec::new(),
                Some(DataFault {
                    origin,
                    error: error.clone(),
                }),
            ),
        };
        let (roles, role_errors) = select_roles(dataset, &config.roles);
        let catalog = Catalog::new(roles);
        let (start, start_errors) = Explorer::start(&config, &catalog);
        // Without data, unknown ids and skills would only repeat the fault.
        if fault.is_none() {
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
            config,
        }
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
    use crate::core::config::parse_config;
    use crate::core::dataset::{parse_dataset, DEFAULT_ROLES_JSON};

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
        Setup::new(
            config,
            errors,
            DataOrigin::BuiltIn,
            &parse_dataset(DEFAULT_ROLES_JSON),
        )
    }

    #[test]
    fn refused_data_becomes_a_fault_without_echoes() {
        let (config, errors) = config(&[("roles", "a"), ("skills", "x")]);
        let data = parse_dataset(r#"[{"id":"a","title":7}]"#);
        let s = Setup::new(config, errors, DataOrigin::Inline, &data);
        let fault = s.fault.expect("a fault");
        assert_eq!(fault.origin.to_string(), "the JSON inside <role-explorer>");
        assert_eq!(
            fault.error.to_string(),
            "the role data has 1 problem: roles[0].title: expected a string, found 7"
        );
        assert!(s.errors.is_empty() && s.catalog.roles().is_empty());
    }

    #[test]
    fn custom_data_replaces_the_seed_and_keeps_its_warnings() {
        let data =
            parse_dataset(r#"{"title":"Careers","roles":[{"id":"a","title":"Nurse","pay":1}]}"#);
        let s = Setup::new(Config::default(), vec![], DataOrigin::Property, &data);
        assert_eq!(s.heading.as_deref(), Some("Careers"));
        assert_eq!(s.catalog.roles()[0].title, "Nurse");
        assert_eq!(
            s.warnings[0].to_string(),
            "roles[0].pay: unknown field, ignored"
        );
        assert!(s.fault.is_none());
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
