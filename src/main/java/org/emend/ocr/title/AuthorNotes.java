package org.emend.ocr.title;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authors' names as the 【作者简介】 field gives them: each name, then a comma, then where the
 * author works ({@code 胡丽娟，中国人民大学国际关系学院副教授；陈明，上海国际问题研究院博士研究生。}).
 * Set in the text's face, the field is read well where the authors' line under the title is not.
 */
final class AuthorNotes {

    /** A name of two or three characters, a comma, and an institution before the next comma. */
    private static final Pattern NAME = Pattern.compile(
            "(\\p{IsHan}{2,3})\\s*[，,]\\s*(?=[^，,;；。]{0,24}?(?:大学|学院|研究院|研究所|研究中心|科学院|委员会|出版社))");

    private AuthorNotes() {
    }

    /** The names the field introduces, in order; none when it reads as no such list. */
    static List<String> names(String notes) {
        List<String> names = new ArrayList<>();
        if (notes == null) {
            return names;
        }
        Matcher name = NAME.matcher(notes.replaceAll("\\s*\\n\\s*", ""));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }
}
