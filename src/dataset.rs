//! The bundled dataset: articles compiled into the binary, so the widget and the CLI work with no
//! network and no files.
//!
//! Each article is a plain-text file in `dataset/` (the form news desks paste, CONTRACT.md) and one
//! line in [`ARTICLES`]. To add an article: put `dataset/my-story.txt` beside the others (front matter
//! optional: `published:` anchors relative dates; leave it out when the date is not known), then add
//! `("my-story", include_str!("../dataset/my-story.txt"))` to the table. The id in the table wins over
//! an `id:` in the front matter.

use crate::article::{parse_article, Article};
use crate::error::Error;
use crate::prelude::*;

/// `(id, plain text)` of every bundled article, in order.
pub const ARTICLES: &[(&str, &str)] = &[(
    "zelenskyy-security-guarantees",
    include_str!("../dataset/zelenskyy-security-guarantees.txt"),
)];

/// A bundled article by id.
pub fn get(id: &str) -> Result<Article, Error> {
    let (id, text) = ARTICLES.iter().find(|(k, _)| *k == id).ok_or_else(|| {
        let mut known = String::new();
        for (k, _) in ARTICLES {
            if !known.is_empty() {
                known.push_str(", ");
            }
            known.push_str(k);
        }
        Error::not_found(crate::text::cat(&["no bundled article ", &crate::error::quoted(id), "; the dataset has: ", &known]))
    })?;
    let mut article = parse_article(text)?;
    article.meta.id = Some(id.to_string());
    Ok(article)
}

/// Every bundled article, parsed.
pub fn all() -> Vec<Article> {
    ARTICLES.iter().filter_map(|(id, _)| get(id).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_article_parses_with_its_id() {
        for (id, _) in ARTICLES {
            assert_eq!(get(id).unwrap().meta.id.as_deref(), Some(*id));
        }
    }

    #[test]
    fn the_seed_is_bundled_word_for_word_without_a_date() {
        let a = get("zelenskyy-security-guarantees").unwrap();
        assert_eq!(a.meta.published, None);
        assert_eq!(a.headline(), Some("'Regardless of Russia's position': Zelenskyy names key condition for peace"));
        assert!(ARTICLES[0].1.ends_with("mechanisms for introducing a ceasefire regime."));
    }

    #[test]
    fn unknown_id_is_not_found() {
        let e = get("nope").unwrap_err();
        assert_eq!(e.code, crate::ErrorCode::NotFound);
        assert!(e.message.contains("zelenskyy-security-guarantees"));
    }
}
