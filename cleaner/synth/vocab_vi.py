# ruff: noqa: E501, RUF001
"""Vietnamese page furniture and article text, written for this project."""

MONTHS = ["tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7", "tháng 8", "tháng 9", "tháng 10", "tháng 11", "tháng 12"]
DATES = ["Ngày {d} {month} năm {y}", "{dd}/{mm}/{y}", "{dd}/{mm}/{y} {H}:{M}", "Cập nhật lúc {H}:{M} ngày {dd}/{mm}/{y}", "{H}:{M}:{S} {dd}/{mm}/{y}", "{d} {month}, {y} - {H}:{M}"]
MENU = ["Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Thể thao", "Giải trí", "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch", "Khoa học", "Số hóa", "Xe", "Ý kiến", "Tâm sự", "Bất động sản", "Video", "Podcast", "Thời tiết", "Chứng khoán", "Việc làm", "Đăng nhập", "Liên hệ", "Tòa soạn", "Bản tin", "Lưu trữ", "Góc nhìn"]
HOME = ["Trang chủ", "Home", "Trang đầu"]
SOURCES = ["Tin Nhanh Việt", "Báo Sông Hồng", "Thời báo Phương Nam", "TTXVN", "Nhật báo Đà Thành", "Công Nghệ 24h", "Kinh tế & Thị trường", "Thể Thao Số", "Sống Khỏe Online", "Tạp chí Hà Thành"]
AUTHORS = ["Nguyễn Thu Hà", "Trần Minh Quân", "Lê Thị Mai Anh", "Phạm Đức Thắng", "Hoàng Ngọc Lan", "Vũ Quốc Huy", "Đặng Thanh Tâm", "Bùi Hải Yến", "Đỗ Văn Khoa", "Ngô Phương Linh"]
BYLINES = ["Bởi {author}", "{author} | {date}", "{date} | {source}", "Đăng ngày {date}", "{author}, {source}", "Cập nhật: {date}", "Thời gian đọc: {k} phút", "Theo {source}", "{date} · {n} bình luận", "Nguồn: {source}"]
TAG_LABELS = ["Từ khóa:", "Chủ đề:", "Thẻ:", "Tags:", "Xem thêm về:"]
EDITOR = ["Biên tập: {author}", "Người biên tập: {author}", "Thực hiện: {author}", "(Theo TTXVN)", "Bài: {author}, ảnh: {source}"]
NAV_PHRASES = ["Xem thêm", "Đọc tiếp", "Chia sẻ", "Chia sẻ bài viết", "In bài", "Lên đầu trang", "Về đầu trang", "Bỏ qua nội dung", "Menu", "Tìm kiếm", "Đăng nhập", "Đăng ký", "Đăng ký ngay", "Nhận bản tin", "Quảng cáo", "Tài trợ", "Quay lại", "Tiếp theo", "« Trang trước | Trang sau »", "Trang 1 / 4", "Tải thêm", "Xem tất cả", "Đọc nhiều nhất", "Có thể bạn quan tâm", "Bình luận", "{n} bình luận", "Viết bình luận", "{n} lượt xem", "{n}", "Chào mừng bạn đến với {source}!", "Quét mã QR để tải ứng dụng", "?", "»", "Theo dõi chúng tôi", "Facebook Zalo Twitter Email", "Thư viện ảnh", "Nghe bài viết", "Sao chép liên kết"]
NAV_TEMPLATES = ["Bài trước: {title}", "Bài tiếp theo: {title}", "Xem thêm: {title}", "Có thể bạn quan tâm: {title}", "Đọc thêm: {title}"]
RELATED_HEADERS = ["Bài viết liên quan", "Có thể bạn quan tâm", "Cùng chuyên mục", "Tin khác", "Đọc nhiều nhất", "Bài viết được đề xuất"]
FORUM = ["Trả lời | Trích dẫn | Báo cáo", "Gửi bởi {author} lúc {date}", "Tham gia: {date}", "Bài viết: {n}", "{author} viết:", "Re: {title}", "Sửa lần cuối bởi {author}", "Lên đầu trang", "Thành viên từ năm {y}"]
COMMENT_CHROME = ["Ý kiến bạn đọc", "Tham gia thảo luận", "Email của bạn sẽ không được hiển thị công khai.", "Gửi bình luận", "Mới nhất trước", "Đăng nhập để bình luận"]
COPYRIGHT = ["© {year} {source}. Bảo lưu mọi quyền.", "Bản quyền © {year} {source}", "Giữ bản quyền nội dung. Không sao chép khi chưa có sự đồng ý của {source}.", "© {source} {year}"]
REPRINT = ["Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.", "Bài viết được đăng lần đầu trên {source}.", "Ghi rõ nguồn {source} khi phát hành lại thông tin từ website này."]
DISCLAIMERS = [
    "Miễn trừ trách nhiệm: Nội dung trên trang chỉ mang tính chất tham khảo, không phải là lời khuyên pháp lý hay tư vấn đầu tư.",
    "Bài viết thể hiện quan điểm riêng của tác giả, không nhất thiết phản ánh quan điểm của tòa soạn.",
    "Lưu ý: Chúng tôi có thể nhận hoa hồng khi bạn mua hàng qua các liên kết trên trang này, điều đó không ảnh hưởng đến nội dung đánh giá.",
    "Thông tin trong bài không thay thế cho việc chẩn đoán và điều trị của bác sĩ; hãy tham khảo ý kiến chuyên gia y tế trước khi áp dụng.",
    "Cảnh báo rủi ro: Giao dịch tiền mã hóa có rủi ro cao và bạn có thể mất toàn bộ số vốn đã đầu tư.",
    "Chúng tôi không chịu trách nhiệm về nội dung của các trang web bên ngoài được dẫn liên kết.",
]
COOKIE = ["Chúng tôi sử dụng cookie để mang lại trải nghiệm tốt nhất cho bạn. Khi tiếp tục truy cập, bạn đồng ý với việc sử dụng cookie.", "Chấp nhận tất cả", "Chỉ cookie cần thiết", "Cài đặt Cookie", "Quyền riêng tư của bạn rất quan trọng với chúng tôi"]
PRIVACY = ["Chính sách bảo mật | Điều khoản sử dụng | Liên hệ", "Chính sách bảo mật", "Điều khoản sử dụng", "Giới thiệu · Chính sách bảo mật · Cài đặt Cookie · Liên hệ quảng cáo", "Bằng việc sử dụng trang web này, bạn đồng ý với Điều khoản sử dụng và Chính sách bảo mật của chúng tôi."]
SPAM_PROSE = ["Nhà cái uy tín nhất {y}: tặng {n} vòng quay miễn phí không cần nạp tiền tại {url}", "Mua thuốc cường dương Viagra, Cialis giá rẻ không cần đơn, giao hàng kín đáo {url}", "Vay tiền online chỉ cần CMND, không thẩm định, giải ngân trong 15 phút: {url}", "Kiếm {n} triệu mỗi ngày tại nhà chỉ với điện thoại, việc nhẹ lương cao {url}", "Gái xinh gần bạn đang chờ kết bạn, chat sex miễn phí {url}", "Cá cược bóng đá tỷ lệ kèo cao nhất, nạp lần đầu thưởng 100% {url}"]
SPAM_WORDS = ["Nhà cái", "Nổ hũ", "Tài xỉu", "Viagra", "Vay nhanh", "Cá độ", "Chat sex", "Kèo nhà cái"]
SUBHEADS = ["Bối cảnh", "Điều này có ý nghĩa gì?", "Kết luận", "Nguyên liệu", "Cách làm", "Ưu điểm", "Nhược điểm", "Thông số kỹ thuật", "Phản ứng", "Triển vọng", "Chúng tôi đã thử nghiệm như thế nào", "Những câu hỏi thường gặp"]
LIST_ITEMS = ["Thời lượng pin: 60 phút", "Trọng lượng: 2,6 kg", "Giá bán: 7.490.000 đồng", "500 g thịt bò", "2 củ hành tây", "1 lít nước dùng xương", "- Ưu điểm: chạy êm", "- Nhược điểm: hộp chứa bụi nhỏ", "Đánh giá: 8/10"]

SPAM_LEXICON_ENTRY = {
    "casino": ["casino trực tuyến tiền thật", "nổ hũ đổi thưởng", "game bài đổi thưởng", "quay hũ miễn phí", "tặng tiền cược không cần nạp", "tài xỉu online"],
    "betting": ["cá cược bóng đá", "soi kèo nhà cái", "kèo chuẩn hôm nay", "nhà cái uy tín"],
    "pharma": ["thuốc cường dương không cần đơn", "Viagra giá rẻ", "thuốc giảm cân cấp tốc", "thuốc kéo dài thời gian"],
    "loans": ["vay tiền online nhanh", "vay chỉ cần CMND", "vay không thẩm định", "giải ngân trong ngày"],
    "adult": ["chat sex", "gái gọi cao cấp", "phim người lớn", "hẹn hò qua đêm"],
    "fake": ["làm bằng đại học giả", "mua bằng lái xe không cần thi", "đồng hồ fake 1:1", "làm giấy tờ giả"],
    "money": ["kiếm tiền tại nhà", "việc nhẹ lương cao", "thu nhập thụ động mỗi ngày", "bot giao dịch tiền ảo"],
    "cta": ["Đăng ký ngay", "Bấm vào đây", "Chỉ hôm nay", "Nhắn Zalo cho mình", "Liên hệ ngay"],
    "money_unit": ["đ", "VNĐ", "đồng", "triệu", "$"],
}

TOPICS = [
    ("Hà Nội điều chỉnh lộ trình nhiều tuyến xe buýt từ tháng sau", [
        "Sở Giao thông vận tải Hà Nội vừa thông báo điều chỉnh lộ trình của 12 tuyến xe buýt để phục vụ việc thi công đường vành đai.",
        "Theo phương án mới, một số điểm dừng trên đường Nguyễn Trãi sẽ được dời sang các tuyến phố lân cận.",
        "Đơn vị vận hành cam kết giữ nguyên giá vé và tần suất chạy xe trong giờ cao điểm.",
        "Người dân có thể tra cứu lộ trình chi tiết trên ứng dụng tìm buýt hoặc gọi tổng đài hỗ trợ.",
        "Nhiều hành khách bày tỏ lo ngại thời gian di chuyển sẽ kéo dài thêm trong những tuần đầu.",
    ]),
    ("Xuất khẩu nông sản tăng mạnh trong quý III", [
        "Kim ngạch xuất khẩu nông, lâm, thủy sản trong quý III đạt hơn 16 tỷ USD, tăng khoảng 18% so với cùng kỳ năm trước.",
        "Sầu riêng, cà phê và gạo tiếp tục là những mặt hàng đóng góp lớn nhất.",
        "Các chuyên gia cho rằng giá cà phê thế giới ở mức cao đã giúp nông dân Tây Nguyên có một vụ mùa thắng lợi.",
        "Tuy nhiên, doanh nghiệp cũng cảnh báo về yêu cầu truy xuất nguồn gốc ngày càng khắt khe từ thị trường châu Âu.",
    ]),
    ("V-League: Đội chủ nhà lội ngược dòng ở phút bù giờ", [
        "Bàn thắng ở phút 90+3 đã giúp đội chủ nhà giành chiến thắng 2-1 trong trận đấu tối thứ Bảy.",
        "Đội khách vươn lên dẫn trước ngay đầu hiệp hai nhờ một quả phạt đền gây nhiều tranh cãi.",
        "Huấn luyện viên trưởng cho biết sau trận: \"Các cầu thủ đã chiến đấu đến giây cuối cùng và xứng đáng với ba điểm.\"",
        "Với kết quả này, đội bóng vươn lên vị trí thứ tư trên bảng xếp hạng.",
        "Khoảng 15.000 khán giả đã có mặt trên sân để cổ vũ.",
    ]),
    ("Siết chặt quản lý quảng cáo cờ bạc trực tuyến", [
        "Cơ quan quản lý vừa yêu cầu các nền tảng mạng xã hội gỡ bỏ hàng nghìn video quảng cáo trang cá cược không phép.",
        "Theo quy định hiện hành, việc tổ chức đánh bạc qua mạng và quảng cáo cho các hoạt động này đều bị nghiêm cấm.",
        "Nhiều người nổi tiếng đã bị xử phạt vì nhận tiền quảng bá cho các nhà cái nước ngoài.",
        "Các chuyên gia tâm lý cảnh báo thanh thiếu niên là đối tượng dễ bị lôi kéo vào cờ bạc trên điện thoại.",
        "Bộ Công an cho biết sẽ phối hợp với ngân hàng để phong tỏa các tài khoản dùng để nạp tiền cá cược.",
    ]),
    ("Bảo vệ dữ liệu cá nhân: Website phải hỏi ý kiến trước khi dùng cookie", [
        "Theo quy định mới về bảo vệ dữ liệu cá nhân, người dùng phải được thông báo rõ ràng trước khi dữ liệu của họ được thu thập.",
        "Nhiều trang web hiện chỉ hiển thị một nút đồng ý, khiến người dùng không có lựa chọn từ chối cookie quảng cáo.",
        "Luật sư cho rằng sự im lặng hoặc không phản hồi của người dùng không được coi là sự đồng ý.",
        "Các doanh nghiệp vi phạm có thể bị phạt tiền và buộc phải xóa dữ liệu đã thu thập trái phép.",
    ]),
    ("Ngủ đủ giấc giúp giảm nguy cơ bệnh tim mạch", [
        "Một nghiên cứu kéo dài mười năm cho thấy người ngủ từ bảy đến tám tiếng mỗi đêm ít mắc bệnh tim mạch hơn.",
        "Các nhà khoa học đã theo dõi sức khỏe của hơn 9.000 người trưởng thành ở nhiều độ tuổi khác nhau.",
        "Bác sĩ khuyên nên hạn chế dùng điện thoại ít nhất 30 phút trước khi đi ngủ.",
        "Tuy vậy, nhóm nghiên cứu lưu ý rằng kết quả chưa chứng minh được mối quan hệ nhân quả.",
    ]),
    ("Cách nấu phở bò tại nhà thơm ngon như ngoài hàng", [
        "Để nấu phở cho bốn người, bạn cần khoảng 1,5 kg xương ống bò, 500 g thịt bò và 1 kg bánh phở.",
        "Xương bò rửa sạch, chần qua nước sôi rồi ninh nhỏ lửa trong ít nhất sáu tiếng để nước dùng trong.",
        "Hành tây và gừng nướng cháy vỏ, cùng quế, hồi, thảo quả rang thơm rồi cho vào túi vải thả vào nồi.",
        "Nêm nước dùng với nước mắm, muối và một chút đường phèn cho vừa ăn.",
        "Khi ăn, xếp bánh phở và thịt thái mỏng vào bát, chan nước dùng thật nóng và rắc hành lá lên trên.",
    ]),
    ("Đánh giá máy hút bụi không dây trong tầm giá 5 triệu đồng", [
        "Chúng tôi đã thử nghiệm sáu mẫu máy hút bụi không dây có giá từ 3 đến 7 triệu đồng.",
        "Mẫu đứng đầu có lực hút mạnh, làm sạch tốt cả trên sàn gỗ lẫn thảm trải sàn.",
        "Thời lượng pin đủ để dọn dẹp một căn hộ rộng khoảng 80 mét vuông trong một lần sạc.",
        "Điểm trừ lớn nhất là hộp chứa bụi khá nhỏ, phải đổ thường xuyên nếu nhà có nuôi thú cưng.",
    ]),
    ("Điện thoại mới hỗ trợ trợ lý ảo nói tiếng Việt", [
        "Hãng điện thoại vừa ra mắt bản cập nhật phần mềm cho phép trợ lý ảo hiểu và trả lời bằng tiếng Việt.",
        "Người dùng có thể đặt báo thức, nhắn tin hoặc tra cứu thời tiết hoàn toàn bằng giọng nói.",
        "Trong thử nghiệm của chúng tôi, trợ lý nhận diện khá tốt giọng miền Bắc nhưng đôi khi nhầm với giọng miền Trung.",
        "Bản cập nhật được phát hành miễn phí cho các mẫu máy ra mắt trong hai năm gần đây.",
    ]),
    ("Hội An đón lượng khách kỷ lục dịp cuối năm", [
        "Phố cổ Hội An đã đón hơn 120.000 lượt khách trong tuần cuối cùng của năm, mức cao nhất từ trước đến nay.",
        "Nhiều khách sạn trong khu vực báo kín phòng và giá thuê tăng gấp đôi so với ngày thường.",
        "Chính quyền thành phố đã bố trí thêm bãi đỗ xe và tăng cường lực lượng hướng dẫn du khách.",
        "Hoạt động thả đèn hoa đăng trên sông Hoài vẫn là trải nghiệm được khách quốc tế yêu thích nhất.",
    ]),
    ("Bộ Giáo dục công bố phương án thi tốt nghiệp năm tới", [
        "Thí sinh sẽ thi bắt buộc hai môn Toán và Ngữ văn, cùng hai môn tự chọn trong số các môn đã học ở lớp 12.",
        "Phương án mới được kỳ vọng giảm áp lực cho học sinh và giảm chi phí tổ chức kỳ thi.",
        "Nhiều giáo viên cho rằng các trường cần sớm điều chỉnh kế hoạch ôn tập cho phù hợp.",
        "Hỏi: Học sinh có được thi môn Ngoại ngữ nếu không bắt buộc không? Đáp: Có, Ngoại ngữ là một trong các môn tự chọn.",
    ]),
    ("Không khí lạnh tràn về, miền Bắc rét đậm", [
        "Từ đêm nay, một đợt không khí lạnh mạnh sẽ ảnh hưởng đến các tỉnh miền Bắc và Bắc Trung Bộ.",
        "Nhiệt độ thấp nhất ở Hà Nội dự báo xuống còn 10 đến 12 độ C, vùng núi cao có thể dưới 3 độ.",
        "Cơ quan khí tượng cảnh báo nguy cơ xuất hiện băng giá và sương muối tại Sa Pa và Mẫu Sơn.",
        "Người dân cần giữ ấm cho trẻ nhỏ, người già và che chắn chuồng trại cho gia súc.",
    ]),
    ("Triển lãm tranh sơn mài thu hút đông đảo người xem", [
        "Triển lãm giới thiệu hơn 60 tác phẩm sơn mài của các họa sĩ thuộc nhiều thế hệ khác nhau.",
        "Bên cạnh những đề tài truyền thống như làng quê và phố cổ, nhiều tác phẩm mang phong cách trừu tượng hiện đại.",
        "Ban tổ chức cũng tổ chức các buổi trình diễn kỹ thuật mài vẽ cho khách tham quan vào cuối tuần.",
        "Triển lãm mở cửa miễn phí đến hết ngày 30 tháng này tại Bảo tàng Mỹ thuật.",
    ]),
    ("Thông báo của UBND phường về việc tạm ngừng cấp nước", [
        "Ủy ban nhân dân phường thông báo sẽ tạm ngừng cấp nước để sửa chữa đường ống chính vào sáng Chủ nhật tuần này.",
        "Thời gian ngừng cấp nước dự kiến từ 7 giờ đến 15 giờ cùng ngày.",
        "Các hộ gia đình thuộc tổ dân phố số 3, 4 và 5 được khuyến cáo chủ động dự trữ nước sinh hoạt.",
        "Mọi thắc mắc xin liên hệ bộ phận một cửa của phường trong giờ hành chính.",
    ]),
    ("Hỏi đáp: Xe máy đề không nổ vào buổi sáng thì phải làm sao?", [
        "Mấy hôm nay trời lạnh, xe tay ga của tôi bấm đề mãi không nổ, phải đạp cần khởi động mới chạy được.",
        "Theo kinh nghiệm của mình, bạn nên kiểm tra ắc quy trước vì bình yếu là nguyên nhân phổ biến nhất vào mùa đông.",
        "Nếu xe đã đi trên 20.000 km mà chưa thay bugi thì cũng nên thay luôn, chi phí không đáng bao nhiêu.",
        "Cảm ơn mọi người, mình mang xe ra tiệm kiểm tra thì đúng là ắc quy đã bị chai.",
    ]),
    ("Lịch tàu Thống Nhất dịp Tết Nguyên đán", [
        "Ngành đường sắt tăng cường thêm 8 đôi tàu trên tuyến Hà Nội – TP. Hồ Chí Minh trong dịp Tết.",
        "Tàu SE1 khởi hành từ ga Hà Nội lúc 19 giờ 25 hằng ngày và đến ga Sài Gòn vào khoảng 5 giờ sáng ngày thứ ba.",
        "Tàu SE3 xuất phát lúc 22 giờ 15, dừng tại các ga Vinh, Huế, Đà Nẵng và Nha Trang.",
        "Vé được bán trực tuyến trên website của ngành đường sắt và tại các nhà ga từ ngày 1 tháng 10.",
        "Hành khách nên có mặt tại ga trước giờ tàu chạy ít nhất 30 phút để làm thủ tục.",
    ]),
]
