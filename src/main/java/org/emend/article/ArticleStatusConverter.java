package org.emend.article;

import jakarta.persistence.Converter;

import org.emend.persistence.LowerCaseEnumConverter;

@Converter(autoApply = true)
public class ArticleStatusConverter extends LowerCaseEnumConverter<ArticleStatus> {

    public ArticleStatusConverter() {
        super(ArticleStatus.class);
    }
}
