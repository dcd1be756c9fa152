package org.budgetflow.identity.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/** Creates the Tasklist filter of a role when no task filter of that name exists; an existing one is kept as is. */
@Component
public class TasklistFilters {
    private final FilterService filterService;
    private final TaskService taskService;

    public TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    /** The id of the role's filter, created if missing. */
    public String ensure(RoleFilter role) {
        List<Filter> existing = filterService.createFilterQuery()
                .filterResourceType(EntityTypes.TASK)
                .filterName(role.filterName())
                .orderByFilterId().asc()
                .list();
        if (!existing.isEmpty()) {
            return existing.get(0).getId();
        }
        Filter filter = filterService.newTaskFilter(role.filterName())
                .setQuery(role.narrow(taskService.createTaskQuery()))
                .setProperties(properties(role));
        return filterService.saveFilter(filter).getId();
    }

    private static Map<String, Object> properties(RoleFilter role) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", role.description());
        properties.put("priority", role.priority());
        properties.put("color", role.color());
        properties.put("refresh", true);
        return properties;
    }
}
