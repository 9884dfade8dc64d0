//! The speaker registry: the people and organisations an article quotes, with the fullest name the
//! article gives, their role, and the shorter forms (aliases) that refer back to them.

use serde::Serialize;

/// A person or organisation that the article quotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The fullest name the article gives ("Volodymyr Zelenskyy").
    pub name: String,
    /// The title or apposition the article gives ("President"), if any.
    pub role: Option<String>,
    /// Other forms that refer to this speaker ("Zelenskyy", "the head of state").
    pub aliases: Vec<String>,
}

/// Titles that can stand before a name, with the role they give, lower case, sorted.
pub const TITLES: &[(&str, &str)] = &[
    ("chancellor", "Chancellor"),
    ("dr", "Dr"),
    ("general", "General"),
    ("governor", "Governor"),
    ("mayor", "Mayor"),
    ("minister", "Minister"),
    ("mr", ""),
    ("mrs", ""),
    ("ms", ""),
    ("president", "President"),
    ("prime minister", "Prime Minister"),
    ("professor", "Professor"),
    ("senator", "Senator"),
];

/// Speakers found so far, in order of first mention.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub speakers: Vec<Speaker>,
}

impl Registry {
    /// Registers a full name with an optional role; returns its index. A name that extends a known
    /// one ("Ana Ruiz" after "Ruiz") merges with it.
    pub fn add(&mut self, name: &str, role: Option<&str>) -> usize {
        if let Some(i) = self.find(name) {
            let sp = &mut self.speakers[i];
            if name.split_whitespace().count() > sp.name.split_whitespace().count() {
                let old = std::mem::replace(&mut sp.name, name.to_string());
                push_alias(&mut sp.aliases, &old);
            }
            if sp.role.is_none() {
                sp.role = role.filter(|r| !r.is_empty()).map(str::to_string);
            }
            return i;
        }
        let mut aliases = Vec::new();
        if let Some(last) = name.split_whitespace().last().filter(|_| name.contains(' ')) {
            aliases.push(last.to_string());
        }
        self.speakers.push(Speaker { name: name.to_string(), role: role.filter(|r| !r.is_empty()).map(str::to_string), aliases });
        self.speakers.len() - 1
    }

    /// The speaker whose name or alias is `mention`, or whose name ends with it.
    pub fn find(&self, mention: &str) -> Option<usize> {
        self.speakers.iter().position(|s| {
            s.name == mention
                || s.aliases.iter().any(|a| a == mention)
                || s.name.ends_with(mention) && s.name[..s.name.len() - mention.len()].ends_with(' ')
                || mention.ends_with(&s.name) && mention[..mention.len() - s.name.len()].ends_with(' ')
        })
    }

    /// Records that `alias` refers to speaker `i`.
    pub fn alias(&mut self, i: usize, alias: &str) {
        if let Some(sp) = self.speakers.get_mut(i) {
            if sp.name != alias {
                push_alias(&mut sp.aliases, alias);
            }
        }
    }
}

fn push_alias(aliases: &mut Vec<String>, a: &str) {
    if !aliases.iter().any(|x| x == a) {
        aliases.push(a.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_resolves_to_the_full_name() {
        let mut r = Registry::default();
        let i = r.add("Ana Ruiz", Some("Mayor"));
        assert_eq!(r.find("Ruiz"), Some(i));
        assert_eq!(r.speakers[i].aliases, vec!["Ruiz".to_string()]);
    }

    #[test]
    fn a_longer_name_replaces_a_shorter_one() {
        let mut r = Registry::default();
        let i = r.add("Ruiz", None);
        assert_eq!(r.add("Ana Ruiz", Some("Mayor")), i);
        assert_eq!(r.speakers[i].name, "Ana Ruiz");
        assert_eq!(r.speakers[i].role.as_deref(), Some("Mayor"));
        assert!(r.speakers[i].aliases.contains(&"Ruiz".to_string()));
    }
}
