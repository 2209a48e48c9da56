namespace Twinning.Data.Generation;

/// <summary>
/// Places and name parts the generator draws from: Vietnam's provinces and centrally-run cities (the 63 in
/// force until the 2025 merger, which is what most records and articles name), Laos's 18 provinces with their
/// Lao-script names, and the syllables of Vietnamese and Lao personal names.
/// </summary>
internal static class Gazetteer
{
    public static readonly string[] VietnameseProvinces =
    [
        "Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa – Vũng Tàu", "Bắc Giang", "Bắc Kạn",
        "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk",
        "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang",
        "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
        "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
        "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
        "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ];

    /// <summary>(Vietnamese spelling, English romanisation, Lao script).</summary>
    public static readonly (string Vi, string En, string Lo)[] LaoProvinces =
    [
        ("Viêng Chăn", "Vientiane Capital", "ນະຄອນຫຼວງວຽງຈັນ"), ("Phông Sa Lỳ", "Phongsaly", "ຜົ້ງສາລີ"), ("Luổng Nặm Thà", "Luang Namtha", "ຫຼວງນ້ຳທາ"),
        ("U Đôm Xay", "Oudomxay", "ອຸດົມໄຊ"), ("Bò Kẹo", "Bokeo", "ບໍ່ແກ້ວ"), ("Luông Pha Băng", "Luang Prabang", "ຫຼວງພະບາງ"),
        ("Hủa Phăn", "Houaphanh", "ຫົວພັນ"), ("Xay Nha Bu Ly", "Xayaboury", "ໄຊຍະບູລີ"), ("Xiêng Khoảng", "Xieng Khouang", "ຊຽງຂວາງ"),
        ("tỉnh Viêng Chăn", "Vientiane Province", "ແຂວງວຽງຈັນ"), ("Bô Ly Khăm Xay", "Bolikhamxay", "ບໍລິຄຳໄຊ"), ("Khăm Muộn", "Khammouane", "ຄຳມ່ວນ"),
        ("Xa Van Na Khẹt", "Savannakhet", "ສະຫວັນນະເຂດ"), ("Sả Lạ Văn", "Salavan", "ສາລະວັນ"), ("Xê Kông", "Sekong", "ເຊກອງ"),
        ("Chăm Pa Sắc", "Champasak", "ຈຳປາສັກ"), ("Át Tạ Pư", "Attapeu", "ອັດຕະປື"), ("Xay Xổm Bun", "Xaisomboun", "ໄຊສົມບູນ"),
    ];

    public static readonly string[] VietnameseFamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh"];
    public static readonly string[] VietnameseMiddleNames = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Tiến", "Sỹ", "Duy"];
    public static readonly string[] VietnameseGivenNames = ["Hải", "Dũng", "Thanh", "Hùng", "Lan", "Hương", "Tuấn", "Phong", "Thắng", "Ngọc", "Long", "Bình", "Hà", "Sơn", "Tâm", "Trung"];

    /// <summary>Lao name syllables: (romanisation, Vietnamese-style spelling, Lao script).</summary>
    public static readonly (string En, string Vi, string Lo)[] LaoSyllables =
    [
        ("Thong", "Thoong", "ທອງ"), ("Loun", "lun", "ລຸນ"), ("Si", "Xi", "ສີ"), ("Sou", "xu", "ສຸ"), ("Lith", "lít", "ລິດ"), ("Phan", "Phăn", "ພັນ"),
        ("Vong", "vông", "ວົງ"), ("Khone", "khon", "ຄອນ"), ("Kham", "Khăm", "ຄຳ"), ("Sa", "Xa", "ສະ"), ("Vanh", "văn", "ວັນ"), ("Boun", "Bun", "ບຸນ"),
        ("Chan", "Chăn", "ຈັນ"), ("Keo", "Kẹo", "ແກ້ວ"), ("Douang", "Đuông", "ດວງ"), ("Phet", "Phết", "ເພັດ"), ("Xay", "Xay", "ໄຊ"), ("Mani", "Ma ni", "ມະນີ"),
    ];
}
