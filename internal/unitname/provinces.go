package unitname

// Provinces are the provinces and centrally-run cities by their names as
// texts write them without a level word ("Nghệ An thu ngân sách …",
// "GRDP Khánh Hòa tăng 20,7%"), with the level word their unit takes:
// the 63 of 2008–2025 (the 34 of the 2025 reform keep names among them)
// and Huế, a centrally-run city since 2025. A bare name that is also a
// district's or city's (Nam Định, Thái Bình) is the province's only when
// the text does not speak of that district itself.
var Provinces = map[string]string{
	"An Giang": "Tỉnh", "Bà Rịa - Vũng Tàu": "Tỉnh", "Bắc Giang": "Tỉnh", "Bắc Kạn": "Tỉnh",
	"Bạc Liêu": "Tỉnh", "Bắc Ninh": "Tỉnh", "Bến Tre": "Tỉnh", "Bình Định": "Tỉnh",
	"Bình Dương": "Tỉnh", "Bình Phước": "Tỉnh", "Bình Thuận": "Tỉnh", "Cà Mau": "Tỉnh",
	"Cao Bằng": "Tỉnh", "Đắk Lắk": "Tỉnh", "Đắk Nông": "Tỉnh", "Điện Biên": "Tỉnh",
	"Đồng Nai": "Tỉnh", "Đồng Tháp": "Tỉnh", "Gia Lai": "Tỉnh", "Hà Giang": "Tỉnh",
	"Hà Nam": "Tỉnh", "Hà Tĩnh": "Tỉnh", "Hải Dương": "Tỉnh", "Hậu Giang": "Tỉnh",
	"Hòa Bình": "Tỉnh", "Hưng Yên": "Tỉnh", "Khánh Hòa": "Tỉnh", "Kiên Giang": "Tỉnh",
	"Kon Tum": "Tỉnh", "Lai Châu": "Tỉnh", "Lâm Đồng": "Tỉnh", "Lạng Sơn": "Tỉnh",
	"Lào Cai": "Tỉnh", "Long An": "Tỉnh", "Nam Định": "Tỉnh", "Nghệ An": "Tỉnh",
	"Ninh Bình": "Tỉnh", "Ninh Thuận": "Tỉnh", "Phú Thọ": "Tỉnh", "Phú Yên": "Tỉnh",
	"Quảng Bình": "Tỉnh", "Quảng Nam": "Tỉnh", "Quảng Ngãi": "Tỉnh", "Quảng Ninh": "Tỉnh",
	"Quảng Trị": "Tỉnh", "Sóc Trăng": "Tỉnh", "Sơn La": "Tỉnh", "Tây Ninh": "Tỉnh",
	"Thái Bình": "Tỉnh", "Thái Nguyên": "Tỉnh", "Thanh Hóa": "Tỉnh", "Thừa Thiên Huế": "Tỉnh",
	"Tiền Giang": "Tỉnh", "Trà Vinh": "Tỉnh", "Tuyên Quang": "Tỉnh", "Vĩnh Long": "Tỉnh",
	"Vĩnh Phúc": "Tỉnh", "Yên Bái": "Tỉnh",
	"Hà Nội": "Thành phố", "Hồ Chí Minh": "Thành phố", "Hải Phòng": "Thành phố", "Đà Nẵng": "Thành phố",
	"Cần Thơ": "Thành phố", "Huế": "Thành phố",
}
