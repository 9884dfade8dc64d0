//! The widget's stylesheet, minified at compile time: `style.css` stays commented and readable, the
//! wasm carries it without comments and needless white space (about a third fewer bytes).

/// `style.css` as written.
pub const SOURCE: &str = include_str!("style.css");

const LEN: usize = minify::<0>(SOURCE.as_bytes()).1;
const BYTES: [u8; LEN] = minify::<LEN>(SOURCE.as_bytes()).0;

/// `style.css` minified (what the widget adopts).
pub const CSS: &str = match core::str::from_utf8(&BYTES) {
    Ok(s) => s,
    Err(_) => panic!("minified CSS is not UTF-8"),
};

/// Bytes around which white space means nothing in our stylesheet. Not `(`/`)` (`and (` must keep its
/// space) and not `:` on its left (`.a :focus` is a descendant selector).
const fn tight(b: u8) -> bool {
    matches!(b, b'{' | b'}' | b';' | b',' | b'>')
}

/// Drops comments, collapses white space (keeping it only between two bytes that need it), and drops the
/// `;` before a `}`; strings are copied as they are. Returns the first `N` output bytes and the output's
/// length (call with `N = 0` to learn it).
const fn minify<const N: usize>(src: &[u8]) -> ([u8; N], usize) {
    let mut out = [0u8; N];
    let mut len = 0;
    let mut last = 0u8; // the last byte written (0 at the start)
    let mut space = false; // white space (or a comment) seen since `last`
    let mut pending_semi = false; // a `;` not yet written (dropped if a `}` follows)
    let mut i = 0;
    while i < src.len() {
        let b = src[i];
        if b == b'/' && i + 1 < src.len() && src[i + 1] == b'*' {
            i += 2;
            while i + 1 < src.len() && !(src[i] == b'*' && src[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
            space = true;
            continue;
        }
        if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
            space = true;
            i += 1;
            continue;
        }
        if b == b';' {
            pending_semi = true;
            space = false;
            i += 1;
            continue;
        }
        if pending_semi && b != b'}' {
            if len < N {
                out[len] = b';';
            }
            len += 1;
            last = b';';
        }
        pending_semi = false;
        if space && last != 0 && !tight(last) && last != b':' && !tight(b) {
            if len < N {
                out[len] = b' ';
            }
            len += 1;
        }
        space = false;
        if b == b'"' || b == b'\'' {
            // A string: copied as it is, escapes included.
            let quote = b;
            if len < N {
                out[len] = b;
            }
            len += 1;
            i += 1;
            while i < src.len() && src[i] != quote {
                let c = src[i];
                if len < N {
                    out[len] = c;
                }
                len += 1;
                i += 1;
                if c == b'\\' && i < src.len() {
                    if len < N {
                        out[len] = src[i];
                    }
                    len += 1;
                    i += 1;
                }
            }
            if i < src.len() {
                if len < N {
                    out[len] = quote;
                }
                len += 1;
                i += 1;
            }
            last = quote;
            continue;
        }
        if len < N {
            out[len] = b;
        }
        len += 1;
        last = b;
        i += 1;
    }
    (out, len)
}
