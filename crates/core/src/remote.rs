//! Role files fetched from a URL (the `src` attribute): what each answer
//! from the network means, in words a site owner can act on. The fetching
//! itself is in `embed`; this part is pure and tested natively.

use std::fmt;

use super::dataset::{parse_dataset, DataError, Loaded};

/// Files above this are refused before parsing: a widget on someone's blog
/// should never make its readers download more.
pub const MAX_BYTES: usize = 5_000_000;

/// What the fetch produced.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Response {
        status: u16,
        content_type: String,
        body: String,
    },
    /// No answer within the `timeout` (seconds).
    TimedOut { seconds: u32 },
    /// Offline, refused by CORS, or a wrong address: browsers do not say which.
    Unreachable,
}

/// Why a role file could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Status {
        url: String,
        status: u16,
    },
    TimedOut {
        url: String,
        seconds: u32,
    },
    Unreachable {
        url: String,
    },
    /// An HTML page (often a server's error or login page) instead of JSON.
    WebPage {
        url: String,
    },
    TooLarge {
        url: String,
        bytes: usize,
    },
    Data {
        url: String,
        error: DataError,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Status { url, status: 404 } => write!(f, "{url} was not found (HTTP 404): check the address"),
            LoadError::Status { url, status } if *status >= 500 => {
                write!(f, "the server failed to send {url} (HTTP {status}); it may work again shortly")
            }
            LoadError::Status { url, status } => write!(f, "{url} answered HTTP {status} instead of the roles"),
            LoadError::TimedOut { url, seconds } => write!(f, "{url} did not answer within {seconds} s"),
            LoadError::Unreachable { url } => write!(
                f,
                "{url} could not be reached: the reader may be offline, or the server does not allow this site (CORS)"
            ),
            LoadError::WebPage { url } => {
                write!(f, "{url} sent a web page instead of JSON: check the address")
            }
            LoadError::TooLarge { url, bytes } => write!(
                f,
                "{url} is {} KB, over the {} KB limit for role files",
                bytes / 1000,
                MAX_BYTES / 1000
            ),
            LoadError::Data { url, error } => write!(f, "{url}: {error}"),
        }
    }
}

/// Reads the answer for `url` into role data.
pub fn read_answer(url: &str, answer: Answer) -> Result<Loaded, LoadError> {
    let body = body_of(url, answer)?;
    parse_dataset(&body).map_err(|error| LoadError::Data {
        url: url.to_owned(),
        error,
    })
}

/// The role file's text, if the answer is one: a success, not too large,
/// not a web page. A large file is then read in steps (`core::load`).
pub fn body_of(url: &str, answer: Answer) -> Result<String, LoadError> {
    let url = url.to_owned();
    let (status, content_type, body) = match answer {
        Answer::TimedOut { seconds } => return Err(LoadError::TimedOut { url, seconds }),
        Answer::Unreachable => return Err(LoadError::Unreachable { url }),
        Answer::Response {
            status,
            content_type,
            body,
        } => (status, content_type, body),
    };
    if !(200..300).contains(&status) {
        return Err(LoadError::Status { url, status });
    }
    if body.len() > MAX_BYTES {
        return Err(LoadError::TooLarge {
            url,
            bytes: body.len(),
        });
    }
    let looks_like_html =
        content_type.to_ascii_lowercase().contains("html") || body.trim_start().starts_with('<');
    if looks_like_html {
        return Err(LoadError::WebPage { url });
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://example.org/roles.json";

    fn response(status: u16, content_type: &str, body: &str) -> Answer {
        Answer::Response {
            status,
            content_type: content_type.into(),
            body: body.into(),
        }
    }

    fn message(answer: Answer) -> String {
        read_answer(URL, answer).unwrap_err().to_string()
    }

    #[test]
    fn reads_a_good_file() {
        let loaded = read_answer(
            URL,
            response(200, "application/json", r#"[{"id":"a","title":"A"}]"#),
        )
        .unwrap();
        assert_eq!(loaded.dataset.roles[0].title, "A");
    }

    #[test]
    fn every_fault_says_what_happened_and_where() {
        assert_eq!(
            message(response(404, "text/plain", "")),
            "https://example.org/roles.json was not found (HTTP 404): check the address"
        );
        assert!(message(response(503, "", ""))
            .starts_with("the server failed to send https://example.org/roles.json (HTTP 503)"));
        assert_eq!(
            message(response(403, "", "")),
            "https://example.org/roles.json answered HTTP 403 instead of the roles"
        );
        assert_eq!(
            message(Answer::TimedOut { seconds: 10 }),
            "https://example.org/roles.json did not answer within 10 s"
        );
        assert!(message(Answer::Unreachable).contains("could not be reached"));
        assert_eq!(
            message(response(
                200,
                "text/html; charset=utf-8",
                "<!doctype html><p>Oops"
            )),
            "https://example.org/roles.json sent a web page instead of JSON: check the address"
        );
        // Some servers label an error page as JSON.
        assert!(message(response(200, "application/json", "  <html>")).contains("sent a web page"));
        assert!(
            message(response(200, "application/json", "[{")).starts_with(
                "https://example.org/roles.json: the data is not valid JSON (line 1, column 3"
            )
        );
        assert_eq!(
            message(response(200, "application/json", r#"[{"id":1,"title":"A"}]"#)),
            "https://example.org/roles.json: the role data has 1 problem: roles[0].id: expected a string, found 1"
        );
    }

    #[test]
    fn files_over_the_limit_are_refused_before_parsing() {
        let big = format!("[{}]", " ".repeat(MAX_BYTES));
        assert_eq!(
            read_answer(URL, response(200, "application/json", &big)).unwrap_err(),
            LoadError::TooLarge {
                url: URL.into(),
                bytes: MAX_BYTES + 2
            }
        );
    }
}
