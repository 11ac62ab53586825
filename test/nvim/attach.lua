-- Headless Neovim as an LSP client of the MLSD server (`npm run test:nvim`).
-- Reads MLSD_ANSWER (the answer), MLSD_SERVER (the command, space-separated),
-- MLSD_OUT (where the JSON report goes) and MLSD_FIX_TITLE_PREFIX (the quick fix
-- to apply). With MLSD_MODE=links it instead reads the link diagnostics
-- (source markdown) and asks for a heading completion on the last line.
-- Waits with vim.wait on states, never with fixed sleeps.
local answer = os.getenv('MLSD_ANSWER')
local out = os.getenv('MLSD_OUT')
local cmd = vim.split(os.getenv('MLSD_SERVER'), ' ', { trimempty = true })
local report = { steps = {} }

local function finish(code)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(report))
  f:close()
  vim.cmd((code == 0 and 'qall!') or 'cquit! ' .. code)
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(answer))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'mlsd'
  local config = { name = 'mlsd', cmd = cmd, root_dir = vim.fn.fnamemodify(answer, ':h') }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config) -- Neovim 0.8+
  else
    client_id = vim.lsp.start_client(config) -- Neovim 0.7 (Debian 12)
    vim.lsp.buf_attach_client(buf, client_id)
  end
  table.insert(report.steps, 'attached ' .. tostring(client_id))

  local function ours() return vim.diagnostic.get(buf) end
  if os.getenv('MLSD_MODE') == 'links' then
    local function links()
      local l = {}
      for _, d in ipairs(ours()) do if d.source == 'markdown' then table.insert(l, d) end end
      return l
    end
    if not vim.wait(30000, function() return #links() > 0 end, 20) then error('no link diagnostics within 30 s') end
    report.links = {}
    for _, d in ipairs(links()) do table.insert(report.links, { line = d.lnum, col = d.col, message = d.message }) end
    local last = vim.api.nvim_buf_line_count(buf)
    local text = vim.api.nvim_buf_get_lines(buf, last - 1, last, false)[1]
    local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = last - 1, character = #text } }
    local replies = vim.lsp.buf_request_sync(buf, 'textDocument/completion', params, 15000) or {}
    report.completion = {}
    for _, reply in pairs(replies) do
      local items = reply.result and (reply.result.items or reply.result) or {}
      for _, item in ipairs(items) do table.insert(report.completion, item.label) end
    end
    return
  end
  if not vim.wait(30000, function() return #ours() > 0 end, 20) then error('no diagnostics within 30 s') end
  report.diagnostics = {}
  for _, d in ipairs(ours()) do
    table.insert(report.diagnostics, { line = d.lnum, col = d.col, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message, source = d.source })
  end

  -- The first diagnostic whose quick fix title starts with the prefix (e.g. "Insert").
  local prefix = os.getenv('MLSD_FIX_TITLE_PREFIX')
  local target
  for _, d in ipairs(ours()) do
    if d.source == 'mlsd' and (d.code == 'MLSD001' or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == 'MLSD001')) then target = d break end
  end
  if not target then error('no MLSD001 diagnostic to fix') end
  report.target = { line = target.lnum, message = target.message }
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local applied
  local function pick(action) return action.title and action.title:sub(1, #prefix) == prefix end
  if vim.fn.has('nvim-0.8') == 1 then
    vim.lsp.buf.code_action({ apply = true, filter = function(a) applied = a.title; return pick(a) end, context = { only = { 'quickfix' } } })
  else
    -- 0.7's code_action has no filter/apply options: it asks vim.ui.select, which picks the fix.
    vim.ui.select = function(items, _, on_choice)
      for i, item in ipairs(items) do
        local action = item[2] or item.action or item
        if pick(action) then applied = action.title return on_choice(item, i) end
      end
      on_choice(nil, nil)
    end
    vim.lsp.buf.code_action({ only = { 'quickfix' } })
  end
  if not vim.wait(15000, function() return applied ~= nil end, 20) then error('no quick fix offered') end
  report.applied = applied
  local gone = vim.wait(30000, function()
    for _, d in ipairs(ours()) do
      if d.message == target.message then return false end
    end
    return true
  end, 20)
  report.gone = gone
  report.after = #ours()
  if not gone then error('the fixed diagnostic is still there') end
end)
if not ok then report.error = tostring(err) end
finish(ok and 0 or 1)
