package org.emend.block;

import jakarta.persistence.Converter;

import org.emend.persistence.LowerCaseEnumConverter;

@Converter(autoApply = true)
public class BlockStatusConverter extends LowerCaseEnumConverter<BlockStatus> {

    public BlockStatusConverter() {
        super(BlockStatus.class);
    }
}
