package dev.kairos.platform.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/v2/ping")
public class PingResource {
    @GET
    public String ping() {
        return "pong";
    }
}
