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
    const fn from_hex(hex: u32) -> Self {
        Rgb {
            r: (hex >> 16) as u8,
            g: (hex >> 8) as u8,
            b: hex as u8,
        }
    }

    /// Relative luminance as WCAG defines it, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// WCAG contrast ratio between two colours, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// White or black, whichever reads better: one of them always reaches
    /// 4.5:1, the WCAG AA ratio for text.
    pub fn readable_text(self) -> Rgb {
        let (white, ink) = (Rgb::from_hex(0xffffff), Rgb::from_hex(0x000000));
        if self.contrast(white) >= self.contrast(ink) {
            white
        } else {
            ink
        }
    }
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
    NAMED
        .binary_search_by(|(name, _)| name.cmp(&text.as_str()))
        .ok()
        .map(|i| Rgb::from_hex(NAMED[i].1))
}

fn parse_hex(hex: &str) -> Option<Rgb> {
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
    match hex.len() {
        3 | 4 => Some(Rgb {
            r: digit(0)? * 17,
            g: digit(1)? * 17,
            b: digit(2)? * 17,
        }),
        6 | 8 => Some(Rgb::from_hex(u32::from_str_radix(&hex[..6], 16).ok()?)),
        _ => None,
    }
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
    let hue = number(h.strip_suffix("deg").unwrap_or(h))?.rem_euclid(360.0);
    let percent = |text: &str| Some((number(text.strip_suffix('%')?)? / 100.0).clamp(0.0, 1.0));
    let (s, l) = (percent(s)?, percent(l)?);
    // The CSS Color 4 hsl-to-rgb conversion.
    let to_channel = |n: f64| {
        let k = (n + hue / 30.0) % 12.0;
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

/// CSS named colours, sorted for binary search.
const NAMED: [(&str, u32); 148] = [
    ("aliceblue", 0xf0f8ff),
    ("antiquewhite", 0xfaebd7),
    ("aqua", 0x00ffff),
    ("aquamarine", 0x7fffd4),
    ("azure", 0xf0ffff),
    ("beige", 0xf5f5dc),
    ("bisque", 0xffe4c4),
    ("black", 0x000000),
    ("blanchedalmond", 0xffebcd),
    ("blue", 0x0000ff),
    ("blueviolet", 0x8a2be2),
    ("brown", 0xa52a2a),
    ("burlywood", 0xdeb887),
    ("cadetblue", 0x5f9ea0),
    ("chartreuse", 0x7fff00),
    ("chocolate", 0xd2691e),
    ("coral", 0xff7f50),
    ("cornflowerblue", 0x6495ed),
    ("cornsilk", 0xfff8dc),
    ("crimson", 0xdc143c),
    ("cyan", 0x00ffff),
    ("darkblue", 0x00008b),
    ("darkcyan", 0x008b8b),
    ("darkgoldenrod", 0xb8860b),
    ("darkgray", 0xa9a9a9),
    ("darkgreen", 0x006400),
    ("darkgrey", 0xa9a9a9),
    ("darkkhaki", 0xbdb76b),
    ("darkmagenta", 0x8b008b),
    ("darkolivegreen", 0x556b2f),
    ("darkorange", 0xff8c00),
    ("darkorchid", 0x9932cc),
    ("darkred", 0x8b0000),
    ("darksalmon", 0xe9967a),
    ("darkseagreen", 0x8fbc8f),
    ("darkslateblue", 0x483d8b),
    ("darkslategray", 0x2f4f4f),
    ("darkslategrey", 0x2f4f4f),
    ("darkturquoise", 0x00ced1),
    ("darkviolet", 0x9400d3),
    ("deeppink", 0xff1493),
    ("deepskyblue", 0x00bfff),
    ("dimgray", 0x696969),
    ("dimgrey", 0x696969),
    ("dodgerblue", 0x1e90ff),
    ("firebrick", 0xb22222),
    ("floralwhite", 0xfffaf0),
    ("forestgreen", 0x228b22),
    ("fuchsia", 0xff00ff),
    ("gainsboro", 0xdcdcdc),
    ("ghostwhite", 0xf8f8ff),
    ("gold", 0xffd700),
    ("goldenrod", 0xdaa520),
    ("gray", 0x808080),
    ("green", 0x008000),
    ("greenyellow", 0xadff2f),
    ("grey", 0x808080),
    ("honeydew", 0xf0fff0),
    ("hotpink", 0xff69b4),
    ("indianred", 0xcd5c5c),
    ("indigo", 0x4b0082),
    ("ivory", 0xfffff0),
    ("khaki", 0xf0e68c),
    ("lavender", 0xe6e6fa),
    ("lavenderblush", 0xfff0f5),
    ("lawngreen", 0x7cfc00),
    ("lemonchiffon", 0xfffacd),
    ("lightblue", 0xadd8e6),
    ("lightcoral", 0xf08080),
    ("lightcyan", 0xe0ffff),
    ("lightgoldenrodyellow", 0xfafad2),
    ("lightgray", 0xd3d3d3),
    ("lightgreen", 0x90ee90),
    ("lightgrey", 0xd3d3d3),
    ("lightpink", 0xffb6c1),
    ("lightsalmon", 0xffa07a),
    ("lightseagreen", 0x20b2aa),
    ("lightskyblue", 0x87cefa),
    ("lightslategray", 0x778899),
    ("lightslategrey", 0x778899),
    ("lightsteelblue", 0xb0c4de),
    ("lightyellow", 0xffffe0),
    ("lime", 0x00ff00),
    ("limegreen", 0x32cd32),
    ("linen", 0xfaf0e6),
    ("magenta", 0xff00ff),
    ("maroon", 0x800000),
    ("mediumaquamarine", 0x66cdaa),
    ("mediumblue", 0x0000cd),
    ("mediumorchid", 0xba55d3),
    ("mediumpurple", 0x9370db),
    ("mediumseagreen", 0x3cb371),
    ("mediumslateblue", 0x7b68ee),
    ("mediumspringgreen", 0x00fa9a),
    ("mediumturquoise", 0x48d1cc),
    ("mediumvioletred", 0xc71585),
    ("midnightblue", 0x191970),
    ("mintcream", 0xf5fffa),
    ("mistyrose", 0xffe4e1),
    ("moccasin", 0xffe4b5),
    ("navajowhite", 0xffdead),
    ("navy", 0x000080),
    ("oldlace", 0xfdf5e6),
    ("olive", 0x808000),
    ("olivedrab", 0x6b8e23),
    ("orange", 0xffa500),
    ("orangered", 0xff4500),
    ("orchid", 0xda70d6),
    ("palegoldenrod", 0xeee8aa),
    ("palegreen", 0x98fb98),
    ("paleturquoise", 0xafeeee),
    ("palevioletred", 0xdb7093),
    ("papayawhip", 0xffefd5),
    ("peachpuff", 0xffdab9),
    ("peru", 0xcd853f),
    ("pink", 0xffc0cb),
    ("plum", 0xdda0dd),
    ("powderblue", 0xb0e0e6),
    ("purple", 0x800080),
    ("rebeccapurple", 0x663399),
    ("red", 0xff0000),
    ("rosybrown", 0xbc8f8f),
    ("royalblue", 0x4169e1),
    ("saddlebrown", 0x8b4513),
    ("salmon", 0xfa8072),
    ("sandybrown", 0xf4a460),
    ("seagreen", 0x2e8b57),
    ("seashell", 0xfff5ee),
    ("sienna", 0xa0522d),
    ("silver", 0xc0c0c0),
    ("skyblue", 0x87ceeb),
    ("slateblue", 0x6a5acd),
    ("slategray", 0x708090),
    ("slategrey", 0x708090),
    ("snow", 0xfffafa),
    ("springgreen", 0x00ff7f),
    ("steelblue", 0x4682b4),
    ("tan", 0xd2b48c),
    ("teal", 0x008080),
    ("thistle", 0xd8bfd8),
    ("tomato", 0xff6347),
    ("turquoise", 0x40e0d0),
    ("violet", 0xee82ee),
    ("wheat", 0xf5deb3),
    ("white", 0xffffff),
    ("whitesmoke", 0xf5f5f5),
    ("yellow", 0xffff00),
    ("yellowgreen", 0x9acd32),
];

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
    fn named_colours_are_sorted_for_binary_search() {
        assert!(NAMED.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn readable_text_meets_wcag_aa_on_light_and_dark_accents() {
        for accent in ["#ffd700", "#0b7285", "navy", "#777777", "white", "black"] {
            let colour = parse_color(accent).unwrap();
            let ratio = colour.contrast(colour.readable_text());
            assert!(ratio >= 4.5, "{accent}: {ratio:.2}");
        }
    }
}
