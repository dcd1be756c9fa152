/**
 * The HTML renderer of a disclosure: one self-contained page for screen and print. A named interface of the disclosure module. Framework-free.
 */
@org.springframework.modulith.NamedInterface("render-html")
package org.budgetflow.disclosure.render.html;
