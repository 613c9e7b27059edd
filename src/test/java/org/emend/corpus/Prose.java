package org.emend.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic article of the kind Emend imports: a Chinese international-studies article
 * with a title block, headings at three levels ({@code 一、}, {@code （一）}, {@code 1.}),
 * paragraphs citing Chinese and English notes with long URLs, and its English abstract. Made from
 * pools of sentences and names with a seeded random, so every article is new and the same seed
 * writes the same article.
 */
final class Prose {

    private static final String[] TOPICS = { "关键矿产", "半导体产业链", "能源转型", "海洋治理", "数字经济", "粮食安全", "气候融资",
            "北极航道", "稀土供应", "新能源汽车", "跨境数据流动", "人工智能治理", "海底电缆", "国际发展援助", "绿色氢能" };
    private static final String[] ENGLISH_TOPICS = { "Critical Minerals", "Semiconductor Supply Chains",
            "the Energy Transition",
            "Ocean Governance", "the Digital Economy", "Food Security", "Climate Finance", "Arctic Shipping Routes",
            "Rare Earth Supply",
            "New Energy Vehicles", "Cross-Border Data Flows", "AI Governance", "Submarine Cables", "Development Aid",
            "Green Hydrogen" };
    private static final String[] ACTORS = { "美国", "欧盟", "日本", "印度", "澳大利亚", "俄罗斯", "拉美国家", "东盟", "非洲国家", "英国", "加拿大",
            "韩国" };
    private static final String[] ENGLISH_ACTORS = { "the United States", "the European Union", "Japan", "India", "Australia",
            "Russia", "Latin American Countries", "ASEAN", "African Countries", "the United Kingdom", "Canada", "South Korea" };
    private static final String[] TITLE_FORMS = { "%s的%s战略：动因、路径与前景", "%s%s政策的演变及其影响", "大国竞争背景下%s的%s布局", "%s参与%s治理的逻辑与限度",
            "%s%s合作的新动向" };
    private static final String[] ENGLISH_TITLE_FORMS = { "The %2$s Strategy of %1$s: Drivers, Paths and Prospects",
            "The Evolution and Impact of %1$s's %2$s Policy", "%1$s's %2$s Layout amid Great Power Competition",
            "The Logic and Limits of %1$s's Participation in %2$s Governance", "New Trends in %1$s's %2$s Cooperation" };
    private static final String[][] SURNAMES = { { "王", "Wang" }, { "李", "Li" }, { "张", "Zhang" }, { "刘", "Liu" },
            { "陈", "Chen" },
            { "杨", "Yang" }, { "赵", "Zhao" }, { "黄", "Huang" }, { "周", "Zhou" }, { "吴", "Wu" }, { "徐", "Xu" }, { "孙", "Sun" },
            { "马", "Ma" }, { "朱", "Zhu" }, { "胡", "Hu" }, { "郭", "Guo" }, { "何", "He" }, { "林", "Lin" } };
    private static final String[][] GIVEN = { { "明", "Ming" }, { "晓燕", "Xiaoyan" }, { "海峰", "Haifeng" }, { "静怡", "Jingyi" },
            { "建国", "Jianguo" }, { "丽娟", "Lijuan" }, { "志强", "Zhiqiang" }, { "雪", "Xue" }, { "文博", "Wenbo" },
            { "一鸣", "Yiming" },
            { "佳琪", "Jiaqi" }, { "国栋", "Guodong" }, { "思远", "Siyuan" }, { "婷", "Ting" }, { "宏伟", "Hongwei" }, { "晨", "Chen" } };
    private static final String[] UNITS = { "中国国际问题研究院", "北京大学国际关系学院", "复旦大学国际问题研究院", "中国人民大学国际关系学院", "清华大学战略与安全研究中心",
            "上海国际问题研究院" };
    private static final String[] TITLES = { "研究员", "副研究员", "助理研究员", "教授", "副教授", "博士研究生" };
    private static final String[] SENTENCES = { "近年来，{X}日益成为大国竞争的焦点领域。", "{A}把{X}提升到国家安全的高度，出台了一系列政策文件。",
            "从全球范围看，{X}的供需格局正在发生深刻变化。", "这一变化既有技术进步的推动，也有地缘政治因素的影响。", "{A}政府认为其在{X}领域过度依赖单一来源，存在明显的脆弱性。",
            "为此，{A}联合盟友建立伙伴关系，试图在开采、加工和回收各环节分散风险。", "这一做法对全球市场产生了深远影响，也加剧了相关国家之间的竞争。", "与此同时，国际组织也加大了对{X}问题的关注力度。",
            "有学者指出，{X}的治理需要兼顾效率与安全两个目标。", "然而，现有的国际规则体系尚不足以应对新的挑战。", "{A}在这一领域的政策具有明显的连续性，但也存在若干调整。",
            "从政策工具看，补贴、关税和出口管制是最常见的三类手段。", "国内产业界对相关政策的反应并不一致。", "部分企业担心成本上升，另一部分企业则看到了新的市场机会。",
            "在多边层面，{A}积极推动建立新的合作机制。", "这些机制的实际效果仍有待观察。", "总体而言，{X}领域的国际合作面临碎片化的风险。", "发展中国家在这一进程中的话语权有所上升。",
            "但其自身能力不足的问题依然突出。", "{A}的战略调整还受到国内政治因素的制约。", "选举周期、利益集团和府际关系都会影响政策的执行。", "因此，对其前景不宜作过于乐观的估计。",
            "从长远看，{X}的竞争将更多地体现为规则和标准之争。", "技术创新将在很大程度上重塑相关产业的格局。", "中国应当在坚持开放合作的同时，切实维护自身的发展利益。",
            "这要求我们统筹发展和安全，完善相关的法律和政策体系。", "同时，还应积极参与全球治理，推动构建公平合理的国际秩序。", "2023年，{A}在{X}领域的投资总额同比增长了百分之二十以上。",
            "据统计，全球约百分之六十的相关产能集中在少数几个国家。", "这种高度集中的格局被普遍视为供应链安全的主要隐患。" };
    private static final String[] ENGLISH_SENTENCES = {
            "In recent years, %s has become a focal point of great power competition.",
            "This article examines the drivers, instruments and limits of the policy of %s.",
            "It argues that domestic politics and external pressure jointly shape the choices of policymakers.",
            "Subsidies, tariffs and export controls are the most common tools.",
            "The effectiveness of the new cooperation mechanisms remains to be seen.",
            "Developing countries have gained a greater voice in the process, although their capacity remains limited.",
            "In the long run, the competition will increasingly take the form of rules and standards.",
            "The findings suggest that international cooperation in this field faces a growing risk of fragmentation." };
    private static final String[] PUBLISHERS = { "世界知识出版社", "社会科学文献出版社", "中国社会科学出版社", "人民出版社", "时事出版社" };
    private static final String[] JOURNALS = { "国际问题研究", "现代国际关系", "世界经济与政治", "国际政治研究", "太平洋学报" };
    private static final String[] SITES = { "https://www.iea.org/reports/",
            "https://www.whitehouse.gov/briefing-room/statements-releases/",
            "https://www.csis.org/analysis/", "https://www.brookings.edu/articles/",
            "https://www.reuters.com/markets/commodities/",
            "https://ec.europa.eu/commission/presscorner/detail/en/", "https://www.energy.gov/articles/",
            "https://www.atlanticcouncil.org/blogs/new-atlanticist/" };
    private static final String[] ENGLISH_AUTHORS = { "Melissa Barbanell", "Jared Cohen", "Rachel Rizzo", "Edward A. Burrier",
            "Niels Graham", "Andrew L. Gulley", "Sarah Ladislaw", "Gracelin Baskaran", "Jane Nakano", "Morgan Bazilian" };
    private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
            "September",
            "October", "November", "December" };
    private static final String[] ENGLISH_WORDS = { "supply", "chain", "security", "critical", "minerals", "strategy", "policy",
            "review", "outlook", "energy", "transition", "cooperation", "partnership", "global", "market", "resilience", "risk",
            "industrial", "investment", "trade" };

    private final Random random;

    Prose(long seed) {
        this.random = new Random(seed);
    }

    record Author(String name, String pinyin, String unit, String title) {
        String englishName() {
            return pinyin;
        }
    }

    /** A note as printed; {@code urls} are the addresses it cites, exactly. */
    record Note(String text, List<String> urls) {
    }

    /** A body item: a heading (level 1–3) or a paragraph; a paragraph's {@code ①} marks cite {@code notes} in order. */
    record Item(int level, String text, List<Note> notes) {
        boolean heading() {
            return level > 0;
        }
    }

    record Article(String title, String shortTitle, String englishTitle, List<Author> authors, String summary,
            List<String> keywords, String englishAbstract, List<String> englishKeywords, String classification,
            String articleNumber,
            List<Item> items) {
    }

    /** An English abstract of another article of the issue, for the abstracts page. */
    record OtherAbstract(String title, List<String> authors, String text, List<String> keywords) {
    }

    Article article(int year, int issue) {
        int topic = random.nextInt(TOPICS.length);
        int actor = random.nextInt(ACTORS.length);
        int form = random.nextInt(TITLE_FORMS.length);
        String title = String.format(TITLE_FORMS[form], ACTORS[actor], TOPICS[topic]);
        String englishTitle = capitalised(
                String.format(ENGLISH_TITLE_FORMS[form], ENGLISH_ACTORS[actor], ENGLISH_TOPICS[topic]));
        String shortTitle = title.contains("：") ? title.substring(0, title.indexOf('：')) : title;
        List<Author> authors = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (authors.size() < count) {
            String[] surname = pick(SURNAMES);
            String[] given = pick(GIVEN);
            Author author = new Author(surname[0] + given[0], surname[1] + " " + given[1], pick(UNITS), pick(TITLES));
            if (authors.stream().noneMatch(a -> a.name().equals(author.name()))) {
                authors.add(author);
            }
        }
        String summary = sentences(TOPICS[topic], ACTORS[actor], 4 + random.nextInt(3));
        List<String> keywords = new ArrayList<>(List.of(ACTORS[actor], TOPICS[topic]));
        keywords.add(pick(new String[] { "供应链安全", "大国竞争", "全球治理", "产业政策", "国家安全" }));
        keywords.add(pick(new String[] { "国际合作", "战略调整", "地缘政治", "规则竞争" }));
        List<Item> items = new ArrayList<>();
        String[] chapters = { "一", "二", "三", "四", "五" };
        int chapterCount = 2 + random.nextInt(2);
        for (int c = 0; c < chapterCount; c++) {
            items.add(new Item(1, chapters[c] + "、" + pick(new String[] { "%s问题的缘起", "%s政策的主要内容", "%s战略的实施路径", "%s面临的制约因素",
                    "%s的前景与启示" }).formatted(TOPICS[topic]), List.of()));
            int subsections = random.nextInt(3);
            for (int s = 0; s <= subsections; s++) {
                if (subsections > 0) {
                    items.add(new Item(2, "（" + chapters[s] + "）" + pick(new String[] { "政策背景", "主要措施", "国际合作", "国内因素", "外部环境",
                            "产业基础" }), List.of()));
                }
                int numbered = random.nextInt(4) == 0 ? 2 : 0;
                for (int n = 0; n <= numbered; n++) {
                    if (numbered > 0) {
                        items.add(new Item(3, (n + 1) + ". " + pick(new String[] { "强化政策协调", "加大投资力度", "完善法律框架", "拓展合作伙伴" }),
                                List.of()));
                    }
                    for (int p = 0, paragraphs = 1 + random.nextInt(2); p < paragraphs; p++) {
                        items.add(paragraph(TOPICS[topic], ACTORS[actor], year));
                    }
                }
            }
        }
        String englishAbstract = englishAbstract(ENGLISH_TOPICS[topic], ENGLISH_ACTORS[actor]);
        List<String> englishKeywords = List.of(stripArticle(ENGLISH_ACTORS[actor]),
                ENGLISH_TOPICS[topic].replace("the ", "").toLowerCase(),
                pick(new String[] { "supply chain security", "great power competition", "global governance",
                        "industrial policy" }));
        return new Article(title, shortTitle, englishTitle, authors, summary, keywords, englishAbstract, englishKeywords,
                "D8" + (1 + random.nextInt(9)), String.format("1006-1568(%d)0%d-%04d-%02d", year, issue, random.nextInt(200),
                        10 + random.nextInt(80)),
                items);
    }

    OtherAbstract otherAbstract() {
        int topic = random.nextInt(ENGLISH_TOPICS.length);
        int actor = random.nextInt(ENGLISH_ACTORS.length);
        String title = capitalised(String.format(pick(ENGLISH_TITLE_FORMS), ENGLISH_ACTORS[actor], ENGLISH_TOPICS[topic]));
        List<String> authors = new ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
            authors.add(pick(SURNAMES)[1] + " " + pick(GIVEN)[1]);
        }
        return new OtherAbstract(title, authors, englishAbstract(ENGLISH_TOPICS[topic], ENGLISH_ACTORS[actor]),
                List.of(stripArticle(ENGLISH_ACTORS[actor]), ENGLISH_TOPICS[topic].replace("the ", "").toLowerCase(),
                        pick(new String[] { "strategic competition", "economic security", "multilateralism",
                                "regional order" })));
    }

    /** The end of an abstract begun on the page before: its last words and keywords, no title. */
    OtherAbstract otherAbstractTail() {
        OtherAbstract whole = otherAbstract();
        String text = whole.text();
        int cut = text.indexOf(' ', text.length() / 2);
        return new OtherAbstract(null, List.of(), text.substring(cut + 1), whole.keywords());
    }

    private Item paragraph(String topic, String actor, int year) {
        StringBuilder text = new StringBuilder();
        List<Note> notes = new ArrayList<>();
        for (int s = 0, count = 3 + random.nextInt(4); s < count; s++) {
            text.append(sentence(topic, actor));
            if (notes.size() < 2 && random.nextInt(4) == 0) {
                // The mark stands after the sentence's full stop, as these journals set it
                text.append('①');
                notes.add(note(year));
            }
        }
        return new Item(0, text.toString(), notes);
    }

    private Note note(int year) {
        int kind = random.nextInt(4);
        if (kind == 0) {
            String[] author = pick(SURNAMES);
            return new Note(String.format("%s%s：《%s》，载《%s》%d年第%d期，第%d—%d页。", author[0], pick(GIVEN)[0],
                    pick(TOPICS) + "与" + pick(new String[] { "大国竞争", "全球治理", "国际秩序", "地区安全" }), pick(JOURNALS),
                    year - 1 - random.nextInt(3),
                    1 + random.nextInt(6), 10 + random.nextInt(50), 60 + random.nextInt(40)), List.of());
        }
        if (kind == 1) {
            return new Note(String.format("参见%s%s：《%s研究》，%s%d年版，第%d页。", pick(SURNAMES)[0], pick(GIVEN)[0], pick(TOPICS),
                    pick(PUBLISHERS),
                    year - 2 - random.nextInt(5), 1 + random.nextInt(300)), List.of());
        }
        String url = url(year);
        String title = capitalised(String.join(" ", words(4 + random.nextInt(5))));
        String date = MONTHS[random.nextInt(12)] + " " + (1 + random.nextInt(28)) + ", " + (year - random.nextInt(3));
        if (kind == 2) {
            return new Note(pick(ENGLISH_AUTHORS) + ", “" + title + ",” " + date + ", " + url + ".", List.of(url));
        }
        return new Note(String.format("%s：《%s》，%s，%s。", pick(new String[] { "国际能源署", "美国能源部", "欧盟委员会", "世界银行" }),
                pick(TOPICS) + "报告", date,
                url), List.of(url));
    }

    private String url(int year) {
        String site = pick(SITES);
        StringBuilder path = new StringBuilder(site);
        if (random.nextBoolean()) {
            path.append(year - random.nextInt(3)).append('/').append(String.format("%02d", 1 + random.nextInt(12))).append('/');
        }
        path.append(String.join("-", words(4 + random.nextInt(6))));
        if (random.nextInt(4) == 0) {
            path.append('-').append(Integer.toHexString(0x10000 + random.nextInt(0xEFFFF)));
        }
        return path.toString();
    }

    private List<String> words(int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(pick(ENGLISH_WORDS));
        }
        return words;
    }

    private String sentences(String topic, String actor, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(sentence(topic, actor));
        }
        return text.toString();
    }

    private String sentence(String topic, String actor) {
        return pick(SENTENCES).replace("{X}", topic).replace("{A}", actor);
    }

    private String englishAbstract(String topic, String actor) {
        StringBuilder text = new StringBuilder();
        List<String> pool = new ArrayList<>(List.of(ENGLISH_SENTENCES));
        text.append(String.format(pool.remove(0), topic.toLowerCase()));
        for (int i = 0, count = 3 + random.nextInt(3); i < count && !pool.isEmpty(); i++) {
            text.append(' ').append(String.format(pool.remove(random.nextInt(pool.size())), actor));
        }
        return text.toString();
    }

    private static String stripArticle(String actor) {
        return actor.startsWith("the ") ? actor.substring(4) : actor;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
