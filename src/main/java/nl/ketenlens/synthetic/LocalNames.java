package nl.ketenlens.synthetic;

import java.util.Map;

/**
 * Name stems (common family names and place names) and legal-form endings per production country, so
 * that facility names sound local. Combinations are invented; no stem pair names a real facility on purpose.
 */
final class LocalNames {
    private static final String[] GENERIC = {"Delta", "Horizon", "Summit", "Unity", "Phoenix", "Crescent", "Meridian",
        "Evergreen", "Pioneer", "Harbour"};

    private static final Map<String, String[]> STEMS = Map.ofEntries(
        Map.entry("BD", words("Rahman Karim Hossain Chowdhury Islam Ahmed Gazipur Ashulia Savar Tongi Meghna Padma")),
        Map.entry("IN", words("Sharma Patel Iyer Reddy Gupta Nair Kumar Shah Tiruppur Erode Surat Jaipur Karur Ganga")),
        Map.entry("PK", words("Butt Malik Sheikh Qureshi Chaudhry Awan Faisalabad Sialkot Multan Indus Ravi")),
        Map.entry("CN", words("Hua Xin Long Feng Jin Tai Hong Sheng Heng Yuan Da Mei")),
        Map.entry("TR", words("Yılmaz Kaya Demir Şahin Çelik Aydın Öztürk Arslan Ege Marmara Anadolu Toros")),
        Map.entry("VN", words("Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng Sài_Gòn Sông_Hồng Mê_Kông An_Phú")),
        Map.entry("UZ", words("Karimov Yusupov Rashidov Toshkent Fargʻona Buxoro Samarqand Amu Sirdaryo Navoiy")),
        Map.entry("US", words("Lubbock Brazos Red_River Pecos Magnolia Harper Whitfield Colton Mason Delta")),
        Map.entry("CH", words("Ticino Lugano Mendrisio Jura Bernasconi Rossi Keller Favre Ceneri Alpina")),
        Map.entry("AE", words("Al_Noor Al_Falak Al_Reem Al_Safa Gulf Creek Deira Al_Mansoori Al_Qasimi Al_Hamra")),
        Map.entry("IT", words("Russo Esposito Romano Colombo Ricci Marino Greco Bruno Vesuvio Tavoliere Sele Daunia")),
        Map.entry("ES", words("García Fernández López Martín Guadiana Vegas_Altas Mérida Badajoz Zafra")),
        Map.entry("TH", words("Siam Chaiyo Sukjai Rattana Chao_Phraya Srisuk Thongchai Bangna Lamphun")),
        Map.entry("CI", words("Kouassi Koné Yao Kouamé Traoré Soubré Daloa Gagnoa Sassandra Duékoué Bandama")),
        Map.entry("GH", words("Mensah Owusu Boateng Asante Appiah Osei Kumasi Obuasi Tarkwa Ankobra Pra")),
        Map.entry("CM", words("Nkongo Mbarga Fouda Atangana Ndam Mungo Sanaga Kumba Mbalmayo Nyong")),
        Map.entry("EC", words("Zambrano Cedeño Vera Macías Babahoyo Quevedo Machala Cayambe Tabacundo Latacunga")),
        Map.entry("CO", words("Restrepo Gómez Ramírez Urabá Apartadó Sabana Pitalito Ciénaga Rionegro Popayán")),
        Map.entry("CR", words("Solano Vargas Rojas Matina Siquirres Sarapiquí Caribe Guápiles Batán")),
        Map.entry("KE", words("Kamau Wanjiru Otieno Kiprono Mwangi Naivasha Nakuru Thika Nanyuki Limuru")),
        Map.entry("ET", words("Tadesse Bekele Girma Alemu Ziway Holeta Sebeta Bishoftu Awash Sululta")),
        Map.entry("UG", words("Okello Nsubuga Mugisha Namukasa Busia Mubende Kasese Jinja Masaka")),
        Map.entry("RW", words("Habimana Uwimana Niyonzima Mukamana Rutongo Musanze Gakenke Nyungwe Rwamagana")),
        Map.entry("CD", words("Mukendi Ilunga Kalala Mbuyi Tshibangu Walikale Rubaya Kalehe Shabunda Kolwezi Likasi"
            + " Kipushi Kalima Punia")),
        Map.entry("PE", words("Quispe Mamani Huamán Condori Tambopata Huepetuhe Ananea Nazca Chala Inambari")),
        Map.entry("BF", words("Ouédraogo Sawadogo Kaboré Zongo Houndé Kaya Djibo Dori Boromo")),
        Map.entry("ML", words("Coulibaly Diarra Keïta Traoré Kéniéba Sadiola Kadiolo Bougouni Yanfolila")),
        Map.entry("BR", words("Silva Santos Oliveira Souza Pereira Ariquemes Sinop Sorriso Paragominas Cerrado Serra_Verde")),
        Map.entry("BO", words("Choque Flores Huanca Quispe Llallagua Huanuni Colquiri Altiplano Uncía")),
        Map.entry("ID", words("Sutanto Wijaya Hartono Santoso Bangka Belitung Pangkal Dumai Pekanbaru Ketapang Sampit")),
        Map.entry("MY", words("Tan Lim Wong Ahmad Kinta Butterworth Prai Johor Sandakan Sibu")),
        Map.entry("MM", words("Aung Kyaw Win Myint Hsipaw Lashio Taunggyi Namtu Shwe")),
        Map.entry("MG", words("Rakoto Randria Rasoa Andry Ihosy Betroka Ampanihy Ambovombe Tolagnaro")),
        Map.entry("NG", words("Okafor Adeyemi Bello Ibrahim Keffi Lafia Akwanga Ilorin Wamba")),
        Map.entry("ZM", words("Mwale Banda Phiri Tembo Kitwe Chingola Mufulira Solwezi Kafue")),
        Map.entry("CL", words("Rojas Muñoz Soto Contreras Atacama Calama Copiapó Loa Taltal")),
        Map.entry("AU", words("Pilbara Darling Weipa Gladstone Murray Kimberley Hartley Fletcher Gove")),
        Map.entry("GN", words("Camara Diallo Bah Sylla Sangarédi Kamsar Fria Kindia Tougué")),
        Map.entry("AR", words("Rosario Pergamino Pampa Paraná Fernández Gómez Álvarez Venado_Tuerto Rafaela")),
        Map.entry("FI", words("Kokkola Pohjanmaa Virtanen Korhonen Nieminen Laine Harju Botnia")),
        Map.entry("PL", words("Kowalski Nowak Wiśniewski Wójcik Wisła Śląsk Mazowsze Odra")));

    private static final Map<String, String> SUFFIX = Map.ofEntries(
        Map.entry("BD", " Ltd"), Map.entry("IN", " Pvt. Ltd."), Map.entry("PK", " (Pvt.) Ltd."),
        Map.entry("CN", " Co., Ltd."), Map.entry("TR", " A.Ş."), Map.entry("VN", " Co., Ltd."),
        Map.entry("UZ", " LLC"), Map.entry("US", " Inc."), Map.entry("CH", " SA"), Map.entry("AE", " LLC"),
        Map.entry("IT", " S.r.l."), Map.entry("ES", " S.L."), Map.entry("TH", " Co., Ltd."), Map.entry("CI", " SARL"),
        Map.entry("GH", " Ltd"), Map.entry("CM", " SARL"), Map.entry("EC", " S.A."), Map.entry("CO", " S.A.S."),
        Map.entry("CR", " S.A."), Map.entry("KE", " Ltd"), Map.entry("ET", " PLC"), Map.entry("UG", " Ltd"),
        Map.entry("RW", " Ltd"), Map.entry("CD", " SARL"), Map.entry("PE", " S.A.C."), Map.entry("BF", " SARL"),
        Map.entry("ML", " SARL"), Map.entry("BR", " Ltda."), Map.entry("BO", " S.R.L."), Map.entry("ID", " Tbk"),
        Map.entry("MY", " Sdn. Bhd."), Map.entry("MM", " Co., Ltd."), Map.entry("MG", " SARL"), Map.entry("NG", " Ltd"),
        Map.entry("ZM", " Ltd"), Map.entry("CL", " SpA"), Map.entry("AU", " Pty Ltd"), Map.entry("GN", " SARL"),
        Map.entry("AR", " S.A."), Map.entry("FI", " Oy"), Map.entry("PL", " Sp. z o.o."));

    private LocalNames() {
    }

    private static String[] words(String spaced) {
        String[] w = spaced.split(" ");
        for (int i = 0; i < w.length; i++) {
            w[i] = w[i].replace('_', ' ');
        }
        return w;
    }

    static String[] stems(String country) {
        return STEMS.getOrDefault(country, GENERIC);
    }

    /** The legal-form ending for a company registered in {@code country}, with its leading space. */
    static String legalSuffix(String country) {
        return SUFFIX.getOrDefault(country, " Ltd");
    }
}
