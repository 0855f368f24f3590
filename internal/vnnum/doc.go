// Package vnnum reads and writes numbers the way Vietnamese local-government
// reports write them: "." groups thousands and "," is the decimal comma
// ("4.435,98"), a dot group of exactly three digits is always grouping, and
// amounts come with scale words ("1.651 tỷ 346 triệu đồng", "hơn 12 nghìn
// tỷ đồng") or in words ("một trăm linh năm").
//
// Scan finds every figure in a paragraph with its unit ("%", "VND"), the
// unit noun of a count ("5.816 người" -> Noun "người"), its qualifier
// ("hơn" -> "over") and exact byte offsets; Parse reads one figure;
// ScanDates finds the dates Scan skips; ParseDecimal, Format and Words
// convert bare numbers both ways.
//
// Choices the extractor relies on:
//   - Dates (31-10-2024, 16/12/2022, "Sáng 26-12", "ngày 31 tháng 10"),
//     times (13:37), document numbers (30/2020/NĐ-CP) and tokens glued to
//     letters (Covid-19, QL6, img_5487.jpg, hex ids) are skipped; malformed
//     numbers ("Vành đai 2.5", "1,888,000") are skipped too. Years are
//     returned as plain numbers and year periods ("2021-2025") as ranges
//     that never take a unit after them.
//   - A scale word makes money (UOM "VND") unless a unit noun follows it:
//     "77 ngàn ha" is 77000 with Noun "ha". Money per something keeps UOM
//     "VND" and records the whole unit as Noun: "21 triệu đồng/người/năm"
//     has Noun "đồng/người/năm". Dollars ("triệu USD") get Noun "usd" and no
//     UOM, so they are never added to đồng.
//   - Number words are reported by Scan only when a scale word, "phần trăm"
//     or a unit noun follows ("một số chỉ tiêu" is not the number 1); Parse
//     reads bare number words.
//   - "trở lên" after a figure sets Qualifier "over" even when another
//     qualifier stood before it.
//   - Scan never returns a negative value: "giảm 3%" is the extractor's to
//     read. A year after "năm" takes no unit noun ("năm 2023 hộ nghèo"),
//     and "tỷ lệ", "tỷ trọng" are not the scale tỷ.
//   - Number words follow the reading rules: after tens five is "lăm", so
//     "mười năm" is ten (years), not fifteen.
//   - Digit runs longer than 30 digits are ids, never amounts.
//
// The package knows nothing of indicators, years or facts: deciding which
// figure means what belongs to internal/extract. It must not allocate per
// byte or use regular expressions on the scan path, which is hot.
package vnnum
