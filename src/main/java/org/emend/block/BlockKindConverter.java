package org.emend.block;

import jakarta.persistence.Converter;

import org.emend.persistence.LowerCaseEnumConverter;

@Converter(autoApply = true)
public class BlockKindConverter extends LowerCaseEnumConverter<BlockKind> {

    public BlockKindConverter() {
        super(BlockKind.class);
    }
}
