package org.bianzhi.imports.domain;

import org.bianzhi.shared.domain.Labeled;

/** 导入方式: a bad row rejects the whole file, or only itself. */
public enum ImportMode implements Labeled {
    ALL_OR_NOTHING("全部或全不"),
    VALID_ROWS("只导入正确的行");

    private final String label;

    ImportMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
