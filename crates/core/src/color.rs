//! The `accent` colour and its contrast. The browser reads the CSS colour
//! (the loader hands it over as `#rrggbb` in sRGB, `static/loader/colour.js`),
//! so every syntax it knows works and the wasm carries no colour parser; here
//! the accent is only adjusted per theme and given a readable text colour.

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    /// Reads `#rrggbb` (hex digits in either case), the form the loader
    /// resolves every CSS colour to; anything else is `None`.
    pub fn from_hex(text: &str) -> Option<Rgb> {
        let &[b'#', r1, r2, g1, g2, b1, b2] = text.as_bytes() else {
            return None;
        };
        let channel = |high: u8, low: u8| Some(hex_digit(high)? * 16 + hex_digit(low)?);
        Some(Rgb {
            r: channel(r1, r2)?,
            g: channel(g1, g2)?,
            b: channel(b1, b2)?,
        })
    }

    /// `#rrggbb`, the form the widget writes into its CSS variables
    /// (by hand: `format!` with `{:02x}` would bring in std's formatting).
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut text = String::with_capacity(7);
        text.push('#');
        for channel in [self.r, self.g, self.b] {
            text.push(char::from(DIGITS[usize::from(channel >> 4)]));
            text.push(char::from(DIGITS[usize::from(channel & 15)]));
        }
        text
    }

    const WHITE: Rgb = Rgb {
        r: 255,
        g: 255,
        b: 255,
    };
    const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };

    /// Relative luminance as WCAG defines it, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// WCAG contrast ratio between two colours, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// The widget's background in its light and dark themes
    /// (`static/role-explorer.css`).
    pub const LIGHT_BACKGROUND: Rgb = Rgb::WHITE;
    pub const DARK_BACKGROUND: Rgb = Rgb {
        r: 0x14,
        g: 0x18,
        b: 0x1c,
    };

    /// This colour, mixed away from `background` (toward black on a light
    /// one, white on a dark one) just enough to reach `ratio` against it:
    /// an accent stays recognisable, and its focus rings and borders stay
    /// visible (WCAG 1.4.11 asks 3:1) in both themes.
    pub fn against(self, background: Rgb, ratio: f64) -> Rgb {
        let target = if background.luminance() > 0.5 {
            Rgb::BLACK
        } else {
            Rgb::WHITE
        };
        // Twenty steps, then `target` itself. A plain loop: `map` and `find`
        // on the range were a copy of std's iterator folding in the wasm.
        for step in 0..20 {
            let colour = self.mix(target, f64::from(step) / 20.0);
            if colour.contrast(background) >= ratio {
                return colour;
            }
        }
        target
    }

    /// `t` of the way from this colour to `other`.
    fn mix(self, other: Rgb, t: f64) -> Rgb {
        // `+ 0.5` then truncation rounds these non-negative values without libm.
        let channel = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t + 0.5) as u8;
        Rgb {
            r: channel(self.r, other.r),
            g: channel(self.g, other.g),
            b: channel(self.b, other.b),
        }
    }

    /// White or black, whichever reads better: one of them always reaches
    /// 4.5:1, the WCAG AA ratio for text.
    pub fn readable_text(self) -> Rgb {
        if self.contrast(Rgb::WHITE) >= self.contrast(Rgb::BLACK) {
            Rgb::WHITE
        } else {
            Rgb::BLACK
        }
    }
}

fn hex_digit(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// `x^2.4` for `x` in (0, 1], as `x² · ⁵√(x²)` with Newton's method for the
/// root: `f64::powf` would add libm's `pow` (1.4 KB) to the wasm.
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    let mut root = 1.0;
    for _ in 0..40 {
        root = (4.0 * root + square / (root * root * root * root)) / 5.0;
    }
    square * root
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(hex: &str) -> Rgb {
        Rgb::from_hex(hex).unwrap()
    }

    #[test]
    fn reads_and_writes_the_normalised_form() {
        assert_eq!(
            Rgb::from_hex("#0B7285"),
            Some(Rgb {
                r: 11,
                g: 114,
                b: 133
            })
        );
        for hex in ["#000000", "#ffffff", "#0b7285", "#9acd32"] {
            assert_eq!(rgb(hex).hex(), hex);
        }
    }

    #[test]
    fn refuses_anything_but_the_normalised_form() {
        // The loader passes on as written what the browser found no colour in.
        for bad in [
            "",
            "#",
            "#0a7",
            "#0b728580",
            "0b7285",
            "#0b728",
            "#gggggg",
            "teal",
            " #0b7285",
            "#0b72é",
        ] {
            assert_eq!(Rgb::from_hex(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_hand_written_power_matches_powf() {
        for step in 1..=1000 {
            let x = f64::from(step) / 1000.0;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{x}");
        }
    }

    #[test]
    fn readable_text_meets_wcag_aa_on_light_and_dark_accents() {
        // gold, teal, navy, grey, white, black
        for accent in [
            "#ffd700", "#0b7285", "#000080", "#777777", "#ffffff", "#000000",
        ] {
            let colour = rgb(accent);
            let ratio = colour.contrast(colour.readable_text());
            assert!(ratio >= 4.5, "{accent}: {ratio:.2}");
        }
    }

    #[test]
    fn an_accent_is_darkened_or_lightened_only_as_far_as_contrast_needs() {
        let teal = rgb("#0b7285");
        assert_eq!(teal.against(Rgb::LIGHT_BACKGROUND, 3.0), teal);
        assert_eq!(teal.against(Rgb::DARK_BACKGROUND, 3.0), teal);
        let navy = rgb("#000080");
        let on_dark = navy.against(Rgb::DARK_BACKGROUND, 3.0);
        assert!(on_dark.contrast(Rgb::DARK_BACKGROUND) >= 3.0);
        assert!(on_dark.luminance() > navy.luminance());
        assert!(on_dark.against(Rgb::DARK_BACKGROUND, 3.0) == on_dark);
        let yellow = rgb("#ffff00");
        let on_light = yellow.against(Rgb::LIGHT_BACKGROUND, 3.0);
        assert!(on_light.contrast(Rgb::LIGHT_BACKGROUND) >= 3.0 && on_light != yellow);
        assert_eq!(yellow.against(Rgb::DARK_BACKGROUND, 3.0), yellow);
        // A background colour itself ends at the far end.
        assert!(Rgb::WHITE.against(Rgb::WHITE, 3.0).contrast(Rgb::WHITE) >= 3.0);
    }
}
