package com.quarterhour.shared.web;

import com.quarterhour.shared.Text;
import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Query parameters, path variables and form fields follow the rule of JSON text (see {@link Text}): a control
 * character other than tab, CR and LF is a 400 before a controller or a database sees it.
 */
@ControllerAdvice(basePackages = "com.quarterhour")
class TextParameters {

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text != null && Text.firstControlCharacter(text) >= 0) {
                    throw new IllegalArgumentException("contains a control character");
                }
                setValue(text);
            }
        });
    }
}
