//! The role model: what one card shows.

use std::rc::Rc;

/// One job role. Shared as `Rc<Role>`: cards and filters point at one copy.
#[derive(Debug, PartialEq, Eq, Default)]
pub struct Role {
    /// Stable identifier, used by the `roles` attribute.
    pub id: String,
    pub title: String,
    pub summary: String,
    pub responsibilities: Vec<String>,
    pub skills: Vec<Skill>,
    /// A group such as "Healthcare IT", shown above the title; optional.
    pub category: Option<String>,
    /// Classification codes such as an O*NET-SOC code; optional.
    pub codes: Vec<Code>,
    /// Further reading; optional.
    pub links: Vec<Link>,
}

/// A code in a named classification, e.g. `O*NET-SOC` `15-1211.00`.
#[derive(Debug, PartialEq, Eq)]
pub struct Code {
    pub scheme: String,
    pub value: String,
}

/// A link shown on a card; only http, https and mailto addresses are kept.
#[derive(Debug, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// A skill or piece of knowledge a role needs; each becomes a filter chip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skill {
    pub name: String,
    /// A group such as "Technical skills"; optional.
    pub category: Option<String>,
}

/// Where a data set comes from, credited under the cards.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Source {
    pub title: String,
    pub author: Option<String>,
    pub published: Option<String>,
    /// Only http, https and mailto addresses are kept.
    pub url: Option<String>,
}

/// A validated set of roles.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Dataset {
    /// Used as the heading when the blogger sets none.
    pub title: Option<String>,
    pub source: Option<Source>,
    pub roles: Vec<Rc<Role>>,
}

impl Dataset {
    pub fn role(&self, id: &str) -> Option<&Rc<Role>> {
        self.roles.iter().find(|role| role.id == id)
    }
}
