//! A role file fetched from the `src` attribute's address: what the
//! network's answer means, in words a site owner can act on. The fetching
//! itself is a few lines of JavaScript in the loader; this part is pure.

use super::fault::{Fault, FaultKind};
use super::limits::MAX_BYTES;
use super::{Origin, Reader};

/// What the loader's fetch produced.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Response {
        status: u16,
        content_type: String,
        body: Vec<u8>,
    },
    /// No answer within the `timeout` (seconds).
    TimedOut { seconds: u32 },
    /// Offline, refused by CORS, or a wrong address: browsers do not say which.
    Unreachable,
}

impl Answer {
    /// A reader of the role file at `url`, if the answer is one: a success,
    /// not too large, not a web page.
    pub fn reader(self, url: &str) -> Result<Reader, Fault> {
        let origin = Origin::Src(url.to_owned());
        match self.body() {
            Ok(body) => Ok(Reader::new(origin, body)),
            Err(kind) => Err(Fault::new(origin, kind)),
        }
    }

    fn body(self) -> Result<Vec<u8>, FaultKind> {
        let (status, content_type, body) = match self {
            Answer::TimedOut { seconds } => return Err(FaultKind::TimedOut { seconds }),
            Answer::Unreachable => return Err(FaultKind::Unreachable),
            Answer::Response {
                status,
                content_type,
                body,
            } => (status, content_type, body),
        };
        if !(200..300).contains(&status) {
            return Err(FaultKind::Status(status));
        }
        if body.len() > MAX_BYTES {
            return Err(FaultKind::TooLarge { bytes: body.len() });
        }
        let first = body.iter().find(|b| !b.is_ascii_whitespace());
        if content_type.to_ascii_lowercase().contains("html") || first == Some(&b'<') {
            return Err(FaultKind::WebPage);
        }
        Ok(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, content_type: &str, body: &str) -> Answer {
        Answer::Response {
            status,
            content_type: content_type.into(),
            body: body.as_bytes().to_vec(),
        }
    }

    fn kind(answer: Answer) -> FaultKind {
        let fault = answer.reader("roles.json").err().expect("a fault");
        assert_eq!(fault.origin, Origin::Src("roles.json".into()));
        fault.kind
    }

    #[test]
    fn a_good_answer_gives_its_bytes_to_the_reader() {
        let Ok(reader) =
            response(200, "application/json", r#"[{"id":"a","title":"A"}]"#).reader("roles.json")
        else {
            panic!("a good answer is read")
        };
        assert_eq!(reader.finish().unwrap().dataset.roles[0].title, "A");
        // Any 2xx is a success; a type naming JSON or nothing is accepted.
        assert!(response(203, "", "[]").reader("x").is_ok());
    }

    #[test]
    fn each_failed_answer_is_its_fault() {
        assert_eq!(
            kind(response(404, "text/plain", "")),
            FaultKind::Status(404)
        );
        assert_eq!(kind(response(302, "", "[]")), FaultKind::Status(302));
        assert_eq!(
            kind(Answer::TimedOut { seconds: 3 }),
            FaultKind::TimedOut { seconds: 3 }
        );
        assert_eq!(kind(Answer::Unreachable), FaultKind::Unreachable);
        assert_eq!(
            kind(response(200, "text/html; charset=utf-8", "<!doctype html>")),
            FaultKind::WebPage
        );
        // Some servers label an error page as JSON.
        assert_eq!(
            kind(response(200, "application/json", " \n <html>")),
            FaultKind::WebPage
        );
    }

    #[test]
    fn files_over_the_limit_are_refused_before_reading() {
        let big = format!("[{}]", " ".repeat(MAX_BYTES));
        assert_eq!(
            kind(response(200, "application/json", &big)),
            FaultKind::TooLarge {
                bytes: MAX_BYTES + 2
            }
        );
    }
}
