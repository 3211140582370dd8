/** The editing and history dialogs that the views of several features put beside what they show. */
@org.springframework.modulith.NamedInterface("edit")
package org.redlines.ui.edit;
