//! Everything one widget needs to render, derived from its settings and data.

use super::config::{Config, ConfigError, Heading};
use super::explorer::{select_roles, Explorer};
use super::filter::Catalog;
use super::role::{Dataset, Source};

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
}

impl Setup {
    pub fn new(config: Config, mut errors: Vec<ConfigError>, dataset: &Dataset) -> Self {
        let (roles, role_errors) = select_roles(dataset, &config.roles);
        errors.extend(role_errors);
        let catalog = Catalog::new(roles);
        let (start, start_errors) = Explorer::start(&config, &catalog);
        errors.extend(start_errors);
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

    fn setup(pairs: &[(&str, &str)]) -> Setup {
        let (config, errors) = parse_config(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        });
        Setup::new(
            config,
            errors,
            &parse_dataset(DEFAULT_ROLES_JSON).unwrap().dataset,
        )
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
