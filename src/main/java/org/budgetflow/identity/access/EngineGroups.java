package org.budgetflow.identity.access;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Creates Camunda groups and memberships when they are missing; never changes what exists (Admin may edit it). */
@Component
public class EngineGroups {
    public static final String WORKFLOW = org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW;
    public static final String SYSTEM = org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;

    private final IdentityService identityService;

    public EngineGroups(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void ensure(String groupId, String name, String type) {
        if (identityService.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(groupId);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    public void ensureMember(String userId, String groupId) {
        if (identityService.createGroupQuery().groupId(groupId).groupMember(userId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
