//! Who may change the registry over HTTP (uploads, promotions, rollbacks): the holder of the
//! admin token, sent as `Authorization: Bearer <token>` and compared in constant time.
use super::api::ApiError;
use axum::http::{HeaderMap, header};
use sha2::{Digest, Sha256};

/// How the server guards its admin routes.
#[derive(Clone, Default)]
pub enum AdminAuth {
    /// No admin over HTTP at all (the default: no token was configured).
    #[default]
    Disabled,
    /// Only requests carrying this bearer token.
    Token(String),
    /// Anyone who can reach the server (`--insecure-open-admin`; a trusted network only).
    Open,
}

impl std::fmt::Debug for AdminAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            AdminAuth::Disabled => "Disabled",
            AdminAuth::Token(_) => "Token(..)",
            AdminAuth::Open => "Open",
        })
    }
}

impl AdminAuth {
    /// Allow the request, or say why not: 401 without a bearer token, 403 with a wrong one or
    /// when admin is disabled.
    pub fn check(&self, headers: &HeaderMap) -> Result<(), ApiError> {
        let token = match self {
            AdminAuth::Open => return Ok(()),
            AdminAuth::Disabled => {
                return Err(ApiError::forbidden(
                    "uploads and promotions are disabled on this server; start it with --admin-token-env VAR \
                     (VAR holding a token) and send `Authorization: Bearer <token>`, or drop the component \
                     into its --watch folder",
                ));
            }
            AdminAuth::Token(token) => token,
        };
        let given = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.as_bytes().strip_prefix(b"Bearer "))
            .ok_or_else(|| ApiError::unauthorized("this route needs `Authorization: Bearer <admin token>`"))?;
        if same_secret(given, token.as_bytes()) { Ok(()) } else { Err(ApiError::forbidden("the admin token is wrong")) }
    }
}

/// Whether two secrets are equal, in time that depends on neither (both are hashed first, so
/// not even their lengths leak).
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    let (a, b) = (Sha256::digest(a), Sha256::digest(b));
    let diff = a.iter().zip(b.iter()).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_checked() {
        let auth = AdminAuth::Token("s3cret".into());
        let mut headers = HeaderMap::new();
        assert_eq!(auth.check(&headers).map_err(|e| e.status.as_u16()), Err(401));
        headers.insert(header::AUTHORIZATION, "Bearer nope".parse().unwrap());
        assert_eq!(auth.check(&headers).map_err(|e| e.status.as_u16()), Err(403));
        headers.insert(header::AUTHORIZATION, "Bearer s3cret".parse().unwrap());
        assert!(auth.check(&headers).is_ok());
        assert_eq!(AdminAuth::Disabled.check(&headers).map_err(|e| e.status.as_u16()), Err(403));
        assert!(AdminAuth::Open.check(&HeaderMap::new()).is_ok());
    }
}
