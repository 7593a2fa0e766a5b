//! What counts as unusable input (binary data instead of a page), shared by the CLI's sniffing
//! (`html/sniff.rs`) and the demo, which gets these numbers in the generated `shared.js`.

/// How much of the input the binary check looks at.
pub const SNIFF_BYTES: usize = 8 * 1024;

/// The start of the input is binary when more than one byte in this many is a control character
/// other than tab, line feed, form feed, carriage return and escape.
pub const CONTROL_ONE_IN: usize = 10;

/// Signatures of binary formats people drop by mistake, with what to call them in an error.
pub const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"BZh", "bzip2-compressed data"),
    (b"\x00asm", "a WebAssembly module"),
];
