//! CSS colour values for the `accent` attribute. Parsing them (rather than
//! passing the text through) lets the widget refuse a typo with a clear
//! message and pick a readable text colour to put on the accent.

use std::fmt;

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl fmt::Display for Rgb {
    /// `#rrggbb`, the form the widget writes into its CSS variables.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

impl Rgb {
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
        (0..=20)
            .map(|step| self.mix(target, f64::from(step) / 20.0))
            .find(|colour| colour.contrast(background) >= ratio)
            .unwrap_or(target)
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

/// Parses a CSS colour: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`,
/// `rgba()`, `hsl()`, `hsla()` or one of the 148 CSS colour names. Alpha is
/// accepted and ignored: the accent is always drawn opaque.
pub fn parse_color(text: &str) -> Option<Rgb> {
    let text = text.trim().to_ascii_lowercase();
    if let Some(hex) = text.strip_prefix('#') {
        return parse_hex(hex);
    }
    if let Some((name, rest)) = text.split_once('(') {
        let args = rest.strip_suffix(')')?;
        return match name.trim() {
            "rgb" | "rgba" => parse_rgb(args),
            "hsl" | "hsla" => parse_hsl(args),
            _ => None,
        };
    }
    let mut words = NAMED.split(' ');
    while let (Some(name), Some(hex)) = (words.next(), words.next()) {
        if name == text {
            return parse_hex(hex);
        }
    }
    None
}

/// Works on bytes: slicing a `str` at computed positions would add std's
/// char-boundary panic and its formatting to the wasm.
fn parse_hex(hex: &str) -> Option<Rgb> {
    let digits: Vec<u8> = hex
        .bytes()
        .map(|b| (b as char).to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    let pair = |i: usize| digits[i] * 16 + digits[i + 1];
    match digits.len() {
        3 | 4 => Some(Rgb {
            r: digits[0] * 17,
            g: digits[1] * 17,
            b: digits[2] * 17,
        }),
        6 | 8 => Some(Rgb {
            r: pair(0),
            g: pair(2),
            b: pair(4),
        }),
        _ => None,
    }
}

/// `value` modulo `period`, in `0..period`; f64's `%` would add libm's fmod.
fn wrap(value: f64, period: f64) -> f64 {
    value - period * (value / period).floor()
}

/// The three (or four) arguments of a colour function, in either the comma
/// or the space syntax; a fourth (alpha) value is checked and dropped.
fn arguments(args: &str) -> Option<[&str; 3]> {
    let (main, alpha) = match args.split_once('/') {
        Some((main, alpha)) => (main, Some(alpha.trim())),
        None => (args, None),
    };
    let parts: Vec<&str> = if main.contains(',') {
        main.split(',').map(str::trim).collect()
    } else {
        main.split_whitespace().collect()
    };
    let alpha = alpha.or(parts.get(3).copied());
    if let Some(alpha) = alpha {
        number(alpha.trim_end_matches('%'))?;
    }
    match parts.len() {
        3 => Some([parts[0], parts[1], parts[2]]),
        4 if !main.contains('/') => Some([parts[0], parts[1], parts[2]]),
        _ => None,
    }
}

/// A plain decimal such as `-12`, `0.5` or `.25`. Written by hand because
/// `str::parse::<f64>` adds about 15 KB of tables and code to the wasm.
fn number(text: &str) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.len() + fraction.len() == 0 || whole.len() > 9 || fraction.len() > 9 {
        return None;
    }
    let mut value = 0.0;
    for byte in whole.bytes() {
        value = value * 10.0 + f64::from(digit(byte)?);
    }
    let mut scale = 1.0;
    for byte in fraction.bytes() {
        scale /= 10.0;
        value += f64::from(digit(byte)?) * scale;
    }
    Some(if negative { -value } else { value })
}

fn digit(byte: u8) -> Option<u8> {
    byte.is_ascii_digit().then(|| byte - b'0')
}

fn parse_rgb(args: &str) -> Option<Rgb> {
    let channel = |text: &str| -> Option<u8> {
        let value = match text.strip_suffix('%') {
            Some(percent) => number(percent)? * 2.55,
            None => number(text)?,
        };
        Some(value.round().clamp(0.0, 255.0) as u8)
    };
    let [r, g, b] = arguments(args)?;
    Some(Rgb {
        r: channel(r)?,
        g: channel(g)?,
        b: channel(b)?,
    })
}

fn parse_hsl(args: &str) -> Option<Rgb> {
    let [h, s, l] = arguments(args)?;
    let hue = wrap(number(h.strip_suffix("deg").unwrap_or(h))?, 360.0);
    let percent = |text: &str| Some((number(text.strip_suffix('%')?)? / 100.0).clamp(0.0, 1.0));
    let (s, l) = (percent(s)?, percent(l)?);
    // The CSS Color 4 hsl-to-rgb conversion.
    let to_channel = |n: f64| {
        let k = wrap(n + hue / 30.0, 12.0);
        let a = s * l.min(1.0 - l);
        let value = l - a * (k - 3.0).min(9.0 - k).clamp(-1.0, 1.0);
        (value * 255.0).round() as u8
    };
    Some(Rgb {
        r: to_channel(0.0),
        g: to_channel(8.0),
        b: to_channel(4.0),
    })
}

/// The 148 CSS colour names, each followed by its hex value. One string
/// rather than a table of (name, value) pairs: it is half the bytes in the wasm.
const NAMED: &str = "\
    aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff \
    beige f5f5dc bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff \
    blueviolet 8a2be2 brown a52a2a burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 \
    chocolate d2691e coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc crimson dc143c \
    cyan 00ffff darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9 \
    darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b darkmagenta 8b008b \
    darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000 \
    darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f \
    darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 \
    deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 \
    floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff \
    gold ffd700 goldenrod daa520 gray 808080 green 008000 greenyellow adff2f grey 808080 \
    honeydew f0fff0 hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c \
    lavender e6e6fa lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd \
    lightblue add8e6 lightcoral f08080 lightcyan e0ffff lightgoldenrodyellow fafad2 \
    lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1 lightsalmon ffa07a \
    lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899 lightslategrey 778899 \
    lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32 linen faf0e6 \
    magenta ff00ff maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd \
    mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371 mediumslateblue 7b68ee \
    mediumspringgreen 00fa9a mediumturquoise 48d1cc mediumvioletred c71585 \
    midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 \
    navajowhite ffdead navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23 \
    orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa palegreen 98fb98 \
    paleturquoise afeeee palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 \
    peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6 purple 800080 \
    rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1 saddlebrown 8b4513 \
    salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna a0522d \
    silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 \
    snow fffafa springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 \
    tomato ff6347 turquoise 40e0d0 violet ee82ee wheat f5deb3 white ffffff \
    whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32";

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(text: &str) -> Option<String> {
        parse_color(text).map(|c| c.to_string())
    }

    #[test]
    fn parses_every_supported_form() {
        assert_eq!(hex("#0A7"), Some("#00aa77".into()));
        assert_eq!(hex("#0a7f"), Some("#00aa77".into()));
        assert_eq!(hex("#0b7285"), Some("#0b7285".into()));
        assert_eq!(hex("#0b728580"), Some("#0b7285".into()));
        assert_eq!(hex("rgb(11, 114, 133)"), Some("#0b7285".into()));
        assert_eq!(hex("rgba(11,114,133,0.5)"), Some("#0b7285".into()));
        assert_eq!(hex("rgb(11 114 133 / 50%)"), Some("#0b7285".into()));
        assert_eq!(hex("rgb(100% 0% 0%)"), Some("#ff0000".into()));
        assert_eq!(hex("hsl(120, 100%, 25%)"), Some("#008000".into()));
        assert_eq!(hex("hsl(240deg 100% 50%)"), Some("#0000ff".into()));
        assert_eq!(hex(" RebeccaPurple "), Some("#663399".into()));
        assert_eq!(hex("rgb(10.4, 20.5, -3)"), Some("#0a1500".into()));
        assert_eq!(hex("hsl(-120 100% 50% / .5)"), Some("#0000ff".into()));
    }

    #[test]
    fn the_hand_written_power_matches_powf() {
        for step in 1..=1000 {
            let x = f64::from(step) / 1000.0;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{x}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_colour() {
        for bad in [
            "rgb(1e3,0,0)",
            "rgb(.,0,0)",
            "rgb(1.2.3,0,0)",
            "blurple",
            "#12",
            "#ggg",
            "rgb(1,2)",
            "rgb(1 2 3",
            "url(x)",
            "",
            "hsl(1, 2, 3)",
            "rgb(a,b,c)",
        ] {
            assert_eq!(parse_color(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn every_named_colour_has_a_value() {
        let words: Vec<&str> = NAMED.split(' ').collect();
        assert_eq!(words.len(), 2 * 148);
        for pair in words.chunks(2) {
            assert!(parse_color(pair[0]).is_some(), "{pair:?}");
            assert_eq!(pair[1].len(), 6, "{pair:?}");
        }
        assert_eq!(hex("yellowgreen"), Some("#9acd32".into()));
        assert_eq!(hex("aliceblue"), Some("#f0f8ff".into()));
    }

    #[test]
    fn readable_text_meets_wcag_aa_on_light_and_dark_accents() {
        for accent in ["#ffd700", "#0b7285", "navy", "#777777", "white", "black"] {
            let colour = parse_color(accent).unwrap();
            let ratio = colour.contrast(colour.readable_text());
            assert!(ratio >= 4.5, "{accent}: {ratio:.2}");
        }
    }

    #[test]
    fn an_accent_is_darkened_or_lightened_only_as_far_as_contrast_needs() {
        let teal = parse_color("#0b7285").unwrap();
        assert_eq!(teal.against(Rgb::LIGHT_BACKGROUND, 3.0), teal);
        assert_eq!(teal.against(Rgb::DARK_BACKGROUND, 3.0), teal);
        let navy = parse_color("navy").unwrap();
        let on_dark = navy.against(Rgb::DARK_BACKGROUND, 3.0);
        assert!(on_dark.contrast(Rgb::DARK_BACKGROUND) >= 3.0);
        assert!(on_dark.luminance() > navy.luminance());
        assert!(on_dark.against(Rgb::DARK_BACKGROUND, 3.0) == on_dark);
        let yellow = parse_color("yellow").unwrap();
        let on_light = yellow.against(Rgb::LIGHT_BACKGROUND, 3.0);
        assert!(on_light.contrast(Rgb::LIGHT_BACKGROUND) >= 3.0 && on_light != yellow);
        assert_eq!(yellow.against(Rgb::DARK_BACKGROUND, 3.0), yellow);
        // A background colour itself ends at the far end.
        assert!(Rgb::WHITE.against(Rgb::WHITE, 3.0).contrast(Rgb::WHITE) >= 3.0);
    }
}
