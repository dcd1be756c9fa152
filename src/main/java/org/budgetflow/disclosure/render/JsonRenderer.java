package org.budgetflow.disclosure.render;

import java.io.IOException;
import java.io.OutputStream;

import org.budgetflow.disclosure.DisclosureJsonWriter;
import org.budgetflow.disclosure.model.Disclosure;

/** {@code disclosure.json}: the disclosure-v1 open-data document, as {@link DisclosureJsonWriter} writes it. */
public final class JsonRenderer implements DisclosureRenderer {
    public static final String FILE_NAME = "disclosure.json";

    private final DisclosureJsonWriter writer = new DisclosureJsonWriter();

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void render(Disclosure disclosure, OutputStream out) throws IOException {
        out.write(writer.write(disclosure));
    }
}
