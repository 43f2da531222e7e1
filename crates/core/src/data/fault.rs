//! Why role data could not be used: one type for a file that could not be
//! fetched and for data that was refused, naming where it came from. Its
//! message is the one the blogger reads, in the widget and in the console;
//! its cause ([`FaultKind`], then the JSON error) is its `source()`.

use std::error::Error;
use std::fmt;

use super::limits::MAX_BYTES;
use super::problems::Problem;
use super::Origin;
use crate::json::JsonError;

#[derive(Clone, Debug, PartialEq)]
pub struct Fault {
    pub origin: Origin,
    pub kind: FaultKind,
}

/// What went wrong: the first five while fetching a file from `src`, the
/// last two while reading data from any source.
#[derive(Clone, Debug, PartialEq)]
pub enum FaultKind {
    /// The server answered with this HTTP status instead of the file.
    Status(u16),
    /// No answer within the `timeout` (seconds).
    TimedOut { seconds: u32 },
    /// Offline, refused by CORS, or a wrong address: browsers do not say which.
    Unreachable,
    /// An HTML page (often a server's error or login page) instead of JSON.
    WebPage,
    /// Over [`MAX_BYTES`]: refused before reading.
    TooLarge { bytes: usize },
    /// The text is not JSON at all.
    NotJson(JsonError),
    /// JSON, but not role data; every problem found is listed.
    Invalid(Vec<Problem>),
}

impl Fault {
    pub fn new(origin: Origin, kind: FaultKind) -> Self {
        Fault { origin, kind }
    }

    /// The data never arrived (as against arrived and refused).
    pub fn is_fetch(&self) -> bool {
        !matches!(self.kind, FaultKind::NotJson(_) | FaultKind::Invalid(_))
    }

    /// Fetching again may help: the data is a file from `src`.
    pub fn can_retry(&self) -> bool {
        matches!(self.origin, Origin::Src(_))
    }

    /// What to list for the blogger, each on its own: every problem with
    /// its place, else the one message (without the origin for data, which
    /// the list's heading names).
    pub fn problems(&self) -> Vec<String> {
        match &self.kind {
            FaultKind::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
            FaultKind::NotJson(_) => vec![self.kind.to_string()],
            _ => vec![self.to_string()],
        }
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let origin = &self.origin;
        match &self.kind {
            FaultKind::Status(404) => {
                write!(f, "{origin} was not found (HTTP 404): check the address")
            }
            FaultKind::Status(status) if *status >= 500 => write!(
                f,
                "the server failed to send {origin} (HTTP {status}); it may work again shortly"
            ),
            FaultKind::Status(status) => {
                write!(f, "{origin} answered HTTP {status} instead of the roles")
            }
            FaultKind::TimedOut { seconds } => {
                write!(f, "{origin} did not answer within {seconds} s")
            }
            FaultKind::Unreachable => write!(
                f,
                "{origin} could not be reached: the reader may be offline, or the server does not allow this site (CORS)"
            ),
            FaultKind::WebPage => {
                write!(f, "{origin} sent a web page instead of JSON: check the address")
            }
            FaultKind::TooLarge { bytes } => write!(
                f,
                "{origin} is {} KB, over the {} KB limit for role files",
                bytes / 1000,
                MAX_BYTES / 1000
            ),
            // A file's messages all start with its address.
            kind if self.can_retry() => write!(f, "{origin}: {kind}"),
            kind => write!(f, "{origin} could not be used: {kind}"),
        }
    }
}

impl Error for Fault {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.kind)
    }
}

/// The cause alone, without the origin.
impl fmt::Display for FaultKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FaultKind::Status(status) => write!(f, "HTTP {status}"),
            FaultKind::TimedOut { seconds } => write!(f, "no answer within {seconds} s"),
            FaultKind::Unreachable => f.write_str("no answer (offline, or refused by CORS)"),
            FaultKind::WebPage => f.write_str("a web page instead of JSON"),
            FaultKind::TooLarge { bytes } => write!(f, "{} KB, over the limit", bytes / 1000),
            FaultKind::NotJson(error) => write!(f, "the data is not valid JSON ({error})"),
            FaultKind::Invalid(problems) => {
                let noun = if problems.len() == 1 {
                    "problem"
                } else {
                    "problems"
                };
                write!(f, "the role data has {} {noun}: ", problems.len())?;
                for (i, problem) in problems.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{problem}")?;
                }
                Ok(())
            }
        }
    }
}

impl Error for FaultKind {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            FaultKind::NotJson(error) => Some(error),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::testing::read_text;
    use crate::data::Answer;

    const URL: &str = "https://example.org/roles.json";

    fn fetched(answer: Answer) -> Fault {
        answer
            .reader(URL)
            .and_then(|reader| reader.finish())
            .unwrap_err()
    }

    fn response(status: u16, content_type: &str, body: &str) -> Answer {
        Answer::Response {
            status,
            content_type: content_type.into(),
            body: body.as_bytes().to_vec(),
        }
    }

    /// The messages of the fault and of each cause below it.
    fn chain(fault: &Fault) -> Vec<String> {
        let mut messages = vec![fault.to_string()];
        let mut cause = fault.source();
        while let Some(error) = cause {
            messages.push(error.to_string());
            cause = error.source();
        }
        messages
    }

    #[test]
    fn every_fetch_fault_says_what_happened_and_where_and_keeps_its_cause() {
        let cases = [
            (
                response(404, "text/plain", ""),
                "https://example.org/roles.json was not found (HTTP 404): check the address",
                "HTTP 404",
            ),
            (
                response(503, "", ""),
                "the server failed to send https://example.org/roles.json (HTTP 503); it may work again shortly",
                "HTTP 503",
            ),
            (
                response(403, "", ""),
                "https://example.org/roles.json answered HTTP 403 instead of the roles",
                "HTTP 403",
            ),
            (
                Answer::TimedOut { seconds: 10 },
                "https://example.org/roles.json did not answer within 10 s",
                "no answer within 10 s",
            ),
            (
                Answer::Unreachable,
                "https://example.org/roles.json could not be reached: the reader may be offline, or the server does not allow this site (CORS)",
                "no answer (offline, or refused by CORS)",
            ),
            (
                response(200, "text/html; charset=utf-8", "<!doctype html><p>Oops"),
                "https://example.org/roles.json sent a web page instead of JSON: check the address",
                "a web page instead of JSON",
            ),
            (
                response(200, "application/json", &" ".repeat(MAX_BYTES + 1)),
                "https://example.org/roles.json is 5000 KB, over the 5000 KB limit for role files",
                "5000 KB, over the limit",
            ),
        ];
        for (answer, message, cause) in cases {
            let fault = fetched(answer);
            assert_eq!(chain(&fault), [message, cause]);
            assert!(fault.is_fetch() && fault.can_retry(), "{fault}");
            assert_eq!(fault.problems(), [message]);
        }
    }

    #[test]
    fn data_faults_keep_the_json_error_below_their_kind() {
        let fault = fetched(response(200, "application/json", "[{"));
        assert_eq!(
            chain(&fault),
            [
                "https://example.org/roles.json: the data is not valid JSON (line 1, column 3: unexpected end of the data)",
                "the data is not valid JSON (line 1, column 3: unexpected end of the data)",
                "line 1, column 3: unexpected end of the data",
            ]
        );
        let Some(json) = fault.source().and_then(Error::source) else {
            panic!("no JSON error in {fault:?}")
        };
        assert_eq!(
            json.downcast_ref::<JsonError>().map(|e| e.reason),
            Some("unexpected end of the data")
        );
        assert!(!fault.is_fetch() && fault.can_retry());
        // The list under the heading "<file> has problems" leaves the file out.
        assert_eq!(
            fault.problems(),
            ["the data is not valid JSON (line 1, column 3: unexpected end of the data)"]
        );
    }

    #[test]
    fn refused_data_lists_each_problem_and_names_its_origin_once() {
        let fault = read_text(r#"[{"id":1,"title":"A"},{"title":"B"}]"#).unwrap_err();
        assert_eq!(
            chain(&fault),
            [
                "the JSON inside <role-explorer> could not be used: the role data has 2 problems: roles[0].id: expected a string, found 1; roles[1].id: is required but missing",
                "the role data has 2 problems: roles[0].id: expected a string, found 1; roles[1].id: is required but missing",
            ]
        );
        assert_eq!(
            fault.problems(),
            [
                "roles[0].id: expected a string, found 1",
                "roles[1].id: is required but missing"
            ]
        );
        assert!(!fault.is_fetch() && !fault.can_retry());
    }
}
