package com.quarterhour.board.web;

import com.quarterhour.board.BoardService;
import com.quarterhour.board.BoardView;
import com.quarterhour.identity.Viewers;
import com.quarterhour.shared.Priority;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The staff SLA board for coordinators, managers and admins: the JSON, and the page that fetches it every few
 * seconds. The page is served by this controller, not as a static file, so that its role check applies.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
class BoardController {

    private final BoardService board;
    private final int refreshSeconds;
    private final Viewers viewers;

    BoardController(BoardService board, @Value("${quarterhour.board.refresh-seconds:30}") int refreshSeconds,
            Viewers viewers) {
        this.board = board;
        this.refreshSeconds = refreshSeconds;
        this.viewers = viewers;
    }

    @GetMapping(path = "/api/board", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "slaBoard", summary = "The open engagements with their SLA clocks, most urgent first",
            tags = "Board")
    @ResponseBody
    BoardView board(@RequestParam(required = false) Priority priority, @RequestParam(required = false) String plan,
            @RequestParam(required = false) String technician) {
        return board.board(priority, plan, technician);
    }

    @GetMapping("/board")
    String page(Model model, Principal user) {
        model.addAttribute("username", user.getName());
        model.addAttribute("priorities", List.of(Priority.values()));
        model.addAttribute("refreshSeconds", refreshSeconds);
        // the page writes every date itself: in the viewer's locale, never the browser's
        model.addAttribute("viewer", viewers.current());
        return "board";
    }
}
