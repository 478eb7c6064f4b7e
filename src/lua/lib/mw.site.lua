-- mw.site: site name, server, namespaces (by id and by name), statistics.
return function(G, private, mw)
  local php = private.php
  local function build(site)
  local info = php.siteInfo()
  for k, v in pairs({
    siteName = info.siteName, server = info.server, scriptPath = info.scriptPath,
    stylePath = info.stylePath, currentVersion = info.currentVersion,
  }) do site[k] = v end
  local namespaces, content, subject, talk = {}, {}, {}, {}
  for _, ns in ipairs(info.namespaces) do
    ns.aliases = {}
    ns.displayName = ns.id == 0 and '(Main)' or ns.name
    ns.hasGenderDistinction = ns.id == 2 or ns.id == 3
    ns.defaultContentModel = nil
    namespaces[ns.id] = ns
    if ns.isContent then content[ns.id] = ns end
    if ns.id >= 0 then
      if ns.isTalk then talk[ns.id] = ns else subject[ns.id] = ns end
    end
  end
  for _, ns in ipairs(info.namespaces) do
    ns.associated = ns.id >= 0 and (ns.isTalk and ns.subject or ns.talk) or nil
  end
  local function byName(t)
    return setmetatable(t, { __index = function(tt, k)
      if type(k) == 'string' then
        local key = k:gsub('_', ' '):lower()
        for _, ns in pairs(namespaces) do
          if ns.name:lower() == key or ns.canonicalName:lower() == key then return ns end
        end
      end
      return nil
    end })
  end
  site.namespaces = byName(namespaces)
  site.contentNamespaces = byName(content)
  site.subjectNamespaces = byName(subject)
  site.talkNamespaces = byName(talk)
  local stats = info.stats
  site.stats = {
    pages = stats.pages, articles = stats.articles, files = stats.files, edits = stats.edits,
    users = stats.users, activeUsers = stats.activeUsers, admins = stats.admins,
    pagesInCategory = function(name, which) return php.pagesInCategory(private.tostring(name), which or '*') end,
    pagesInNamespace = function() return 0 end,
    usersInGroup = function() return 0 end,
  }
  function site.interwikiMap() return {} end
  end
  -- Filled on first use: the host answers only during a parse.
  return setmetatable({}, { __index = function(site, k)
    setmetatable(site, nil)
    build(site)
    return rawget(site, k)
  end })
end
