/**
 * The public portal (公开, issue 5): {@code /public} lists every published department budget by year with a search
 * by department name, {@code /public/{year}/{dept}} shows one published disclosure (cover, charts, narrative, the 13
 * tables, downloads, superseded versions) and {@code /public/index.json} is the open-data catalogue. No login.
 * <p>
 * Reads only what {@link org.budgetflow.workflow.PublishedDisclosures} returns, so nothing unpublished is reachable;
 * published data never changes, so rendered pages and files are cached in memory by published version, and the
 * catalogue is evicted after each {@link org.budgetflow.workflow.DisclosurePublished} commits. Charts are inline SVG
 * rendered on the server ({@code chart}); pages carry no script.
 */
package org.budgetflow.publication;
