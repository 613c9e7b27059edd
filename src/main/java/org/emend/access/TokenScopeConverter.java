package org.emend.access;

import jakarta.persistence.Converter;

import org.emend.persistence.LowerCaseEnumConverter;

@Converter(autoApply = true)
public class TokenScopeConverter extends LowerCaseEnumConverter<TokenScope> {

    public TokenScopeConverter() {
        super(TokenScope.class);
    }
}
