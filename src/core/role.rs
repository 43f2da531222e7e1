//! The role model: what one card shows.

/// One job role.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    /// Stable identifier, used by the `roles` attribute.
    pub id: String,
    pub title: String,
    pub summary: String,
    pub responsibilities: Vec<String>,
    pub skills: Vec<Skill>,
}

/// A skill or piece of knowledge a role needs; each becomes a filter chip.
#[derive(Clone, Debug, PartialEq)]
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
    /// Only http and https addresses are kept.
    pub url: Option<String>,
}

/// A validated set of roles.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Dataset {
    /// Used as the heading when the blogger sets none.
    pub title: Option<String>,
    pub source: Option<Source>,
    pub roles: Vec<Role>,
}

impl Dataset {
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|role| role.id == id)
    }
}
